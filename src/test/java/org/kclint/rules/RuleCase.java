package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kclint.diag.Position;

/**
 * One test case of testdata/rules/ID/: a {@code .config} with {@code # EXPECT: rule [status]} on
 * the lines to be flagged, and a board facts file beside it (none means no board). Reads just
 * enough of both formats for the tests.
 */
public record RuleCase(
    String name,
    ImmutableMap<String, String> values,
    ImmutableMap<String, Position> lines,
    Optional<KernelVersion> kernel,
    Facts facts,
    ImmutableSet<String> expected) {

  private static final Pattern EXPECT = Pattern.compile("\\s+# EXPECT: (.*)$");
  private static final Pattern SET = Pattern.compile("CONFIG_(\\w+)=(.*)");
  private static final Pattern UNSET = Pattern.compile("# CONFIG_(\\w+) is not set");

  public static RuleCase read(Path config) throws IOException {
    String file = config.toString();
    Map<String, String> values = new HashMap<>();
    Map<String, Position> lines = new HashMap<>();
    Set<String> expected = new LinkedHashSet<>();
    Optional<KernelVersion> kernel = Optional.empty();
    List<String> text = Files.readAllLines(config, StandardCharsets.UTF_8);
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      Matcher expect = EXPECT.matcher(line);
      if (expect.find()) {
        for (String e : expect.group(1).split(",")) {
          String[] words = e.trim().split("\\s+");
          expected.add(key(i + 1, words[0], words.length > 1 ? words[1] : "hazard"));
        }
        line = line.substring(0, expect.start());
      }
      Matcher set = SET.matcher(line);
      Matcher unset = UNSET.matcher(line);
      if (set.matches()) {
        values.put(set.group(1), set.group(2));
        lines.put(set.group(1), new Position(file, i + 1, 1));
      } else if (unset.matches()) {
        values.put(unset.group(1), "n");
        lines.put(unset.group(1), new Position(file, i + 1, 1));
      } else if (kernel.isEmpty()) {
        kernel = KernelVersion.fromConfigHeader(line);
      }
    }
    String base = config.getFileName().toString().replaceFirst("\\.config$", "");
    Path factsFile = config.resolveSibling(base + ".facts");
    Facts facts = Files.exists(factsFile) ? readFacts(factsFile) : Facts.NONE;
    return new RuleCase(
        base,
        ImmutableMap.copyOf(values),
        ImmutableMap.copyOf(lines),
        kernel,
        facts,
        ImmutableSet.copyOf(expected));
  }

  static String key(int line, String rule, String status) {
    return line + ":" + rule + ":" + status.toLowerCase(java.util.Locale.ROOT);
  }

  private static Facts readFacts(Path file) throws IOException {
    Map<String, RuleValue> facts = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        String v = line.substring(eq + 1).trim();
        RuleValue value =
            v.equals("true") || v.equals("false")
                ? RuleValue.of(v.equals("true"))
                : RuleValue.parseNumber(v)
                    .<RuleValue>map(RuleValue.Num::new)
                    .orElse(new RuleValue.Str(v));
        facts.put(line.substring(0, eq).trim(), value);
      }
    }
    return name -> Optional.ofNullable(facts.get(name));
  }

  public SymbolValues symbols() {
    return name -> Optional.ofNullable(values.get(name));
  }

  public RuleEngine.Input input() {
    return input(ConfigResolver.asGiven(symbols()), kernel);
  }

  public RuleEngine.Input input(ConfigResolver config, Optional<KernelVersion> kernel) {
    return new RuleEngine.Input(
        "test.config", config, s -> Optional.ofNullable(lines.get(s)), facts, kernel);
  }
}
