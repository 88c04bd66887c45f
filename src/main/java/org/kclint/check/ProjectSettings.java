package org.kclint.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.diag.Suggestions;
import org.kclint.io.InputFiles;
import org.kclint.report.SeverityPolicy;
import org.kclint.rules.KernelVersion;
import org.kclint.rules.Severity;

/**
 * A BSP repository's kclint settings, checked in as {@code .kclint} and found upward from the
 * {@code .config} (stopping at the repository root, the folder holding {@code .git}). One setting a
 * line, {@code #} starts a comment, paths are relative to the file:
 *
 * <pre>
 * severity stale-config=off      # RULE=error|warning|info|off
 * werror                         # every warning is an error
 * werror unknown-symbol          # this rule's warnings are errors
 * fail-on warning
 * baseline kclint-baseline.json
 * rules bsp-rules                # a rule pack, as --rules DIR (repeatable)
 * kconfig linux-6.1              # the Kconfig tree, as --kconfig DIR (needs arch)
 * arch arm                       # as --arch
 * toolchain tc.shell.tsv         # as --toolchain FILE
 * env KERNELVERSION=6.1.192      # as --env NAME=VALUE (repeatable)
 * board board.dts                # as --board FILE.dts
 * include linux/include          # as -I DIR (repeatable)
 * facts board.facts              # as --board-facts FILE
 * scenarios bsp-scenarios        # as --scenarios DIR (repeatable)
 * kernel-version 6.1.192         # as --kernel-version V
 * </pre>
 *
 * The command line's settings override the file's, setting by setting.
 *
 * @param ruleNames where the file first names each rule, so that a rule no check has can be shown
 *     where it is written
 */
public record ProjectSettings(
    Optional<Path> file,
    SeverityPolicy policy,
    Optional<Severity> failOn,
    Optional<Path> baseline,
    ImmutableList<Path> rules,
    ImmutableMap<String, Position> ruleNames,
    ProjectInputs inputs) {

  public static final String FILE_NAME = ".kclint";
  private static final List<String> KEYS =
      List.of(
          "severity",
          "werror",
          "fail-on",
          "baseline",
          "rules",
          "kconfig",
          "arch",
          "toolchain",
          "env",
          "board",
          "include",
          "facts",
          "scenarios",
          "kernel-version");

  /** The settings a file gives once. */
  private static final Set<String> SINGLE =
      Set.of(
          "fail-on",
          "baseline",
          "kconfig",
          "arch",
          "toolchain",
          "board",
          "facts",
          "kernel-version");

  private static final Pattern ARCH = Pattern.compile("[a-z0-9_]+");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  public static final ProjectSettings NONE =
      new ProjectSettings(
          Optional.empty(),
          SeverityPolicy.DEFAULT,
          Optional.empty(),
          Optional.empty(),
          ImmutableList.of(),
          ImmutableMap.of(),
          ProjectInputs.NONE);

  /** The settings file that governs {@code config}: the nearest {@code .kclint} above it. */
  public static Optional<Path> find(Path config) {
    Path dir = config.toAbsolutePath().normalize().getParent();
    while (dir != null) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  public static ProjectSettings read(Path file) {
    List<String> lines = InputFiles.utf8(file).lines().toList();
    Path base = file.toAbsolutePath().getParent();
    Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
    Set<String> werrorRules = new LinkedHashSet<>();
    boolean werror = false;
    Optional<Severity> failOn = Optional.empty();
    Optional<Path> baseline = Optional.empty();
    ImmutableList.Builder<Path> rules = ImmutableList.builder();
    Map<String, Position> ruleNames = new LinkedHashMap<>();
    Map<String, Integer> given = new LinkedHashMap<>();
    Optional<Path> kconfig = Optional.empty();
    Optional<Position> kconfigAt = Optional.empty();
    String arch = "";
    Optional<Path> toolchain = Optional.empty();
    Map<String, String> env = new LinkedHashMap<>();
    Optional<Path> board = Optional.empty();
    ImmutableList.Builder<Path> includes = ImmutableList.builder();
    Optional<Path> facts = Optional.empty();
    ImmutableList.Builder<Path> scenarios = ImmutableList.builder();
    Optional<String> kernelVersion = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("\\s*#.*$", "").trim();
      if (line.isEmpty()) {
        continue;
      }
      Position at = new Position(file.toString(), i + 1, 1);
      String[] words = line.split("\\s+");
      String key = words[0];
      Optional<String> arg = words.length == 2 ? Optional.of(words[1]) : Optional.empty();
      if (words.length > 2) {
        throw new InputException(at, "'" + key + "' takes one value, got: " + line);
      }
      Integer first = given.putIfAbsent(key, i + 1);
      if (first != null && SINGLE.contains(key)) {
        throw new InputException(at, "'" + key + "' is set twice (first on line " + first + ")");
      }
      // Where a wrong value is written, for the message.
      Position value = arg.isPresent() ? argumentAt(file, i, lines.get(i), arg.get()) : at;
      switch (key) {
        case "severity" -> {
          String[] kv = need(at, key, arg).split("=", 2);
          if (kv.length != 2) {
            throw new InputException(at, "expected severity RULE=error|warning|info|off");
          }
          levels.put(kv[0], level(at, kv[1]));
          ruleNames.putIfAbsent(kv[0], argumentAt(file, i, lines.get(i), kv[0]));
        }
        case "werror" -> {
          if (arg.isPresent()) {
            werrorRules.add(arg.get());
            ruleNames.putIfAbsent(arg.get(), argumentAt(file, i, lines.get(i), arg.get()));
          } else {
            werror = true;
          }
        }
        case "fail-on" ->
            failOn =
                Optional.of(
                    level(at, need(at, key, arg))
                        .orElseThrow(
                            () -> new InputException(at, "fail-on takes error, warning or info")));
        case "baseline" -> baseline = Optional.of(base.resolve(need(at, key, arg)));
        case "rules" -> rules.add(base.resolve(need(at, key, arg)));
        case "kconfig" -> {
          kconfig = Optional.of(existing(value, base, need(at, key, arg), true));
          kconfigAt = Optional.of(at);
        }
        case "arch" -> {
          arch = need(at, key, arg);
          if (!ARCH.matcher(arch).matches()) {
            throw new InputException(
                value, "'arch' takes a kernel architecture (arm, x86), got: " + arch);
          }
        }
        case "toolchain" ->
            toolchain = Optional.of(existing(value, base, need(at, key, arg), false));
        case "env" -> {
          String[] kv = need(at, key, arg).split("=", 2);
          if (kv.length != 2 || !VARIABLE.matcher(kv[0]).matches()) {
            throw new InputException(value, "expected env NAME=VALUE, got: " + arg.get());
          }
          if (env.put(kv[0], kv[1]) != null) {
            throw new InputException(value, "'env " + kv[0] + "' is set twice");
          }
        }
        case "board" -> board = Optional.of(existing(value, base, need(at, key, arg), false));
        case "include" -> includes.add(existing(value, base, need(at, key, arg), true));
        case "facts" -> facts = Optional.of(existing(value, base, need(at, key, arg), false));
        case "scenarios" -> scenarios.add(existing(value, base, need(at, key, arg), true));
        case "kernel-version" -> {
          String release = need(at, key, arg);
          if (KernelVersion.parse(release).isEmpty()) {
            throw new InputException(
                value, "'kernel-version' takes a kernel release (6.1.192), got: " + release);
          }
          kernelVersion = Optional.of(release);
        }
        default ->
            throw new InputException(
                at, "unknown setting '" + key + "' (" + Suggestions.didYouMean(key, KEYS) + ")");
      }
    }
    if (kconfigAt.isPresent() && arch.isEmpty()) {
      throw new InputException(kconfigAt.get(), "'kconfig' needs an 'arch' line");
    }
    return new ProjectSettings(
        Optional.of(file),
        new SeverityPolicy(ImmutableMap.copyOf(levels), werror, ImmutableSet.copyOf(werrorRules)),
        failOn,
        baseline,
        rules.build(),
        ImmutableMap.copyOf(ruleNames),
        new ProjectInputs(
            kconfig,
            arch,
            toolchain,
            ImmutableMap.copyOf(env),
            board,
            includes.build(),
            facts,
            scenarios.build(),
            kernelVersion));
  }

  /**
   * {@code name} under {@code base}, which must be a folder (or a file): a wrong path is the
   * settings' fault, shown where it is written rather than when the tree or board is read.
   */
  private static Path existing(Position at, Path base, String name, boolean folder) {
    Path path = base.resolve(name);
    if (folder ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
      throw new InputException(at, "no " + (folder ? "folder" : "file") + " " + path);
    }
    return path;
  }

  /** Where on line {@code index} the value {@code word} is written (after the setting's name). */
  private static Position argumentAt(Path file, int index, String line, String word) {
    int start = line.stripLeading().indexOf(' ') + line.length() - line.stripLeading().length();
    int column = line.indexOf(word, Math.max(start, 0));
    return new Position(file.toString(), index + 1, column + 1);
  }

  private static String need(Position at, String key, Optional<String> arg) {
    return arg.orElseThrow(() -> new InputException(at, "'" + key + "' needs a value"));
  }

  private static Optional<Severity> level(Position at, String word) {
    try {
      return SeverityPolicy.level(word);
    } catch (IllegalArgumentException e) {
      throw new InputException(at, e.getMessage());
    }
  }
}
