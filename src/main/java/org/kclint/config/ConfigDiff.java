package org.kclint.config;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * What changed between two configs as the kernel's scripts/diffconfig (6.1) sees it: it reads each
 * file line by line, takes {@code CONFIG_NAME=value} and {@code # CONFIG_NAME is not set} (as
 * {@code n}) and ignores the rest; then prints the symbols only the first file has, those whose
 * value changed, and those only the second has, each group sorted by name. Its reading is ported as
 * it is, quirks included, so that the output is the same byte for byte.
 */
public record ConfigDiff(ImmutableList<Entry> entries) {

  /** Python's universal newlines, which diffconfig reads with: \r\n, \r and \n end a line. */
  private static final Pattern LINES = Pattern.compile("(?<=\r\n|\r(?!\n)|\n)");

  /** One symbol that differs; a side without a value does not mention the symbol. */
  public record Entry(String symbol, Optional<String> before, Optional<String> after) {

    /** diffconfig's line: {@code -SYM old}, {@code +SYM new} or {@code " SYM old -> new"}. */
    public String line() {
      if (after.isEmpty()) {
        return "-" + symbol + " " + before.get();
      }
      if (before.isEmpty()) {
        return "+" + symbol + " " + after.get();
      }
      return " " + symbol + " " + before.get() + " -> " + after.get();
    }

    /**
     * diffconfig -m's line, the new value as a config line ({@code n} as conf writes it); none for
     * a symbol the second config does not mention.
     */
    public Optional<String> mergeLine() {
      return after.map(
          v -> v.equals("n") ? "# CONFIG_" + symbol + " is not set" : "CONFIG_" + symbol + "=" + v);
    }
  }

  /**
   * The difference from {@code a} to {@code b}, each the text of a config read byte for byte
   * ({@link org.kclint.io.ByteText}); {@code aName} and {@code bName} name them in errors.
   */
  public static ConfigDiff of(String aName, String a, String bName, String b) {
    Map<String, String> before = values(aName, a);
    Map<String, String> after = values(bName, b);
    List<Entry> removed = new ArrayList<>();
    List<Entry> changed = new ArrayList<>();
    List<Entry> added = new ArrayList<>();
    before.forEach(
        (symbol, value) -> {
          if (!after.containsKey(symbol)) {
            removed.add(new Entry(symbol, Optional.of(value), Optional.empty()));
          } else if (!after.get(symbol).equals(value)) {
            changed.add(new Entry(symbol, Optional.of(value), Optional.of(after.get(symbol))));
          }
        });
    after.forEach(
        (symbol, value) -> {
          if (!before.containsKey(symbol)) {
            added.add(new Entry(symbol, Optional.empty(), Optional.of(value)));
          }
        });
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (List<Entry> group : List.of(removed, changed, added)) {
      // Python sorts strings by code point; the names are ASCII in any real config.
      group.sort((x, y) -> x.symbol().compareTo(y.symbol()));
      entries.addAll(group);
    }
    return new ConfigDiff(entries.build());
  }

  /**
   * diffconfig's readconfig(): each line loses its last character (the newline, or, on a last line
   * without one, a real character, as in diffconfig), a later value replaces an earlier one.
   */
  static Map<String, String> values(String file, String text) {
    Map<String, String> values = new LinkedHashMap<>();
    int number = 0;
    for (String raw : LINES.split(text, -1)) {
      if (raw.isEmpty()) {
        continue;
      }
      number++;
      String line = raw.endsWith("\r\n") ? raw.substring(0, raw.length() - 1) : raw;
      line = line.substring(0, line.length() - 1);
      if (line.startsWith("CONFIG_")) {
        int eq = line.indexOf('=', 7);
        if (eq < 0) {
          // diffconfig stops here with a Python traceback (ValueError from split).
          throw new InputException(
              Position.ofLine(file, number),
              "'" + line + "' has no '=': scripts/diffconfig cannot read this file either");
        }
        values.put(line.substring(7, eq), line.substring(eq + 1));
      }
      if (line.endsWith(" is not set")) {
        values.put(slice(line, 9, line.length() - 11), "n");
      }
    }
    return values;
  }

  /** Python's {@code s[start:end]} for non-negative start and an end that may fall before it. */
  private static String slice(String s, int start, int end) {
    int from = Math.min(start, s.length());
    int to = Math.max(from, Math.min(Math.max(end, 0), s.length()));
    return s.substring(from, to);
  }
}
