package org.kclint.check;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.cache.TreeCache;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
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

  /** The variables Kconfig and conf read: the process environment, then {@link #env}. */
  public Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(env);
    return environment;
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
    KconfigOptions options =
        KconfigOptions.of(root, arch)
            .withEnvironment(environment())
            .withShell(allowShell)
            .withShellTimeout(shellTimeout)
            .withWarnings(warnings)
            .withInfo(info);
    if (toolchain.isPresent()) {
      options = options.withToolchain(ToolchainProfile.read(toolchain.get()));
    }
    if (cache.isEmpty()) {
      return KconfigReader.read(options);
    }
    return new TreeCache(cache.get(), ToolVersion.build(), warnings).read(options);
  }
}
