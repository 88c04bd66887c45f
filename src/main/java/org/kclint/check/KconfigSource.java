package org.kclint.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;
import org.kclint.io.AtomicFiles;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.cache.TreeCache;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.kconfig.parse.ReadInputs;
import org.kclint.kconfig.parse.ToolchainProfile;
import org.kclint.report.ToolVersion;

/**
 * Which Kconfig tree to read and how.
 *
 * @param root the tree root (holds the file {@code Kconfig})
 * @param arch the value of ARCH and SRCARCH
 * @param toolchain recorded {@code $(shell,...)} results (command TAB output)
 * @param env variables set on top of the process environment
 * @param allowShell run {@code $(shell,...)} commands instead of looking them up
 * @param shellTimeout how long one command that runs may take
 * @param cache the folder that keeps parsed trees, used while every file, variable and profile line
 *     a tree was read from is unchanged
 */
public record KconfigSource(
    Path root,
    String arch,
    Optional<Path> toolchain,
    ImmutableMap<String, String> env,
    boolean allowShell,
    Duration shellTimeout,
    Optional<Path> cache) {

  /** How long a {@code $(shell,...)} command may run by default, in seconds. */
  public static final int SHELL_SECONDS = InputLimits.SHELL_SECONDS;

  /** How the corpus profiles spell the tree root, and so how recorded commands must. */
  static final String IN_TREE = ".";

  /**
   * The tree at {@code root} for {@code arch}: no profile, no shell, the process environment, no
   * cache.
   */
  public static KconfigSource of(Path root, String arch) {
    return new KconfigSource(
        root,
        arch,
        Optional.empty(),
        ImmutableMap.of(),
        false,
        Duration.ofSeconds(InputLimits.SHELL_SECONDS),
        Optional.empty());
  }

  /** Where parsed trees are kept unless told otherwise: $XDG_CACHE_HOME/kclint, ~/.cache/kclint. */
  public static Optional<Path> defaultCache() {
    return TreeCache.defaultFolder(System.getenv());
  }

  public KconfigSource withToolchain(Path profile) {
    return new KconfigSource(
        root, arch, Optional.of(profile), env, allowShell, shellTimeout, cache);
  }

  public KconfigSource withEnv(Map<String, String> variables) {
    return new KconfigSource(
        root, arch, toolchain, ImmutableMap.copyOf(variables), allowShell, shellTimeout, cache);
  }

  public KconfigSource withShell(boolean allow, Duration timeout) {
    return new KconfigSource(root, arch, toolchain, env, allow, timeout, cache);
  }

  /** Keep parsed trees in {@code folder} (none: read the files every time). */
  public KconfigSource withCache(Optional<Path> folder) {
    return new KconfigSource(root, arch, toolchain, env, allowShell, shellTimeout, folder);
  }

  /** A position in a file of the tree, named from the working directory through {@link #root}. */
  public Position openable(Position inTree) {
    return new Position(root.resolve(inTree.file()).toString(), inTree.line(), inTree.column());
  }

  /**
   * The variables Kconfig and conf read: the process environment, then the toolchain profile's,
   * then {@link #env}, as {@link #read} reads the tree with them.
   */
  public Map<String, String> environment() {
    return variables(toolchain.map(ToolchainProfile::read), note -> {});
  }

  /**
   * The variables the tree is read with: the process environment, over it those the toolchain
   * profile was recorded with (its commands name them, so its results hold only under the same
   * values: a fresh shell needs no exports), over those {@link #env}. Where the profile sets a
   * variable the environment has otherwise, or {@code --env} contradicts the profile, {@code notes}
   * gets one line saying so (it was one warning per command the profile then lacked).
   */
  private Map<String, String> variables(
      Optional<ToolchainProfile> profile, Consumer<String> notes) {
    Map<String, String> variables = new HashMap<>(System.getenv());
    if (profile.isPresent()) {
      Map<String, String> recorded = profile.get().environment();
      List<String> replaced = new ArrayList<>();
      List<String> contradicted = new ArrayList<>();
      recorded.forEach(
          (name, value) -> {
            String here = variables.get(name);
            if (env.containsKey(name)) {
              if (!env.get(name).equals(value)) {
                contradicted.add(name + "=" + value);
              }
            } else if (here != null && !here.equals(value)) {
              replaced.add(name + "=" + here);
            }
            variables.put(name, value);
          });
      if (!replaced.isEmpty()) {
        notes.accept(
            "kclint: note: toolchain profile "
                + toolchain.get()
                + ": using the variables it was recorded with, not the environment's "
                + String.join(", ", replaced)
                + " (--env NAME=VALUE overrides the profile)");
      }
      if (!contradicted.isEmpty()) {
        notes.accept(
            "kclint: warning: toolchain profile "
                + toolchain.get()
                + " was recorded with "
                + String.join(", ", contradicted)
                + ": under --env's values, the $(shell,...) results that name them are unknown");
      }
    }
    variables.putAll(env);
    return variables;
  }

  /**
   * Reads the tree, from the cache when it holds it; variables come from {@link #environment}.
   *
   * @param warnings receives what the kernel's tools print as warnings, and {@code $(info,...)}
   */
  public KconfigTree read(Consumer<String> warnings) {
    return read(warnings, warnings);
  }

  /** Reads the tree as conf does, {@code $(info,...)} apart from the warnings. */
  public KconfigTree read(Consumer<String> warnings, Consumer<String> info) {
    Optional<ToolchainProfile> profile = toolchain.map(ToolchainProfile::read);
    KconfigOptions options =
        KconfigOptions.of(root, arch)
            .withEnvironment(variables(profile, warnings))
            .withShell(allowShell)
            .withShellTimeout(shellTimeout)
            .withWarnings(warnings)
            .withInfo(info);
    if (profile.isPresent()) {
      options = options.withToolchain(profile.get());
    }
    if (cache.isEmpty()) {
      return KconfigReader.read(options);
    }
    return new TreeCache(cache.get(), ToolVersion.build(), warnings).read(options);
  }

  /** What a recording holds: how many results, and the variables they were recorded under. */
  public record Recording(int results, ImmutableList<String> variables) {}

  /**
   * The variables a profile does not record: the command line and the recording itself set them.
   */
  private static final Set<String> NOT_RECORDED = Set.of("ARCH", "SRCARCH", "srctree");

  /**
   * Runs the tree's {@code $(shell,...)} calls once ({@code kclint record}, the one job that runs
   * anything) and writes each command with its result as a toolchain profile, with the variables
   * the tree expanded, atomically. Recorded as an in-tree run ({@code srctree=.}), as the corpus
   * profiles are.
   *
   * @throws BadRequest when the results cannot be written as a profile
   */
  public Recording record(Path profile, Consumer<String> warnings) {
    Map<String, String> environment = environment();
    environment.put("srctree", IN_TREE);
    Map<String, String> results = new LinkedHashMap<>();
    ReadInputs inputs =
        KconfigReader.readRecorded(
                KconfigOptions.of(root, arch)
                    .withEnvironment(environment)
                    .withShell(true)
                    .withShellTimeout(shellTimeout)
                    .withWarnings(warnings)
                    .withShellRuns(results::putIfAbsent))
            .inputs();
    // The variables the tree expanded, as they were (empty when unset): the commands name them,
    // and the results hold only under them. ARCH and srctree come from the command line.
    Map<String, String> variables = new LinkedHashMap<>();
    for (String name : inputs.variables()) {
      if (!NOT_RECORDED.contains(name)) {
        variables.put(name, environment.getOrDefault(name, ""));
      }
    }
    String text;
    try {
      text =
          new ToolchainProfile(ImmutableMap.copyOf(results), ImmutableMap.copyOf(variables))
              .render();
    } catch (IllegalArgumentException e) {
      throw new BadRequest("cannot record: " + e.getMessage());
    }
    AtomicFiles.write(profile, text);
    return new Recording(results.size(), ImmutableList.copyOf(variables.keySet()));
  }
}
