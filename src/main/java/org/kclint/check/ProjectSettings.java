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
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;
import org.kclint.report.SeverityPolicy;
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
 * </pre>
 *
 * The command line's settings override the file's.
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
    ImmutableMap<String, Position> ruleNames) {

  public static final String FILE_NAME = ".kclint";
  public static final ProjectSettings NONE =
      new ProjectSettings(
          Optional.empty(),
          SeverityPolicy.DEFAULT,
          Optional.empty(),
          Optional.empty(),
          ImmutableList.of(),
          ImmutableMap.of());

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
        default ->
            throw new InputException(
                at, "unknown setting '" + key + "' (severity, werror, fail-on, baseline, rules)");
      }
    }
    return new ProjectSettings(
        Optional.of(file),
        new SeverityPolicy(ImmutableMap.copyOf(levels), werror, ImmutableSet.copyOf(werrorRules)),
        failOn,
        baseline,
        rules.build(),
        ImmutableMap.copyOf(ruleNames));
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
