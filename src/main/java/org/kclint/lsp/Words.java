package org.kclint.lsp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a line that name symbols: what is under the cursor, what a config line sets. */
final class Words {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:#\\s*)?CONFIG_([A-Za-z0-9_]+)(?:=| is not set)");

  private Words() {}

  /** The word of letters, digits and underscores at {@code column} (or just before it). */
  static Optional<String> at(String line, int column) {
    int c = Math.min(Math.max(column, 0), line.length());
    int start = c;
    while (start > 0 && wordChar(line.charAt(start - 1))) {
      start--;
    }
    int end = c;
    while (end < line.length() && wordChar(line.charAt(end))) {
      end++;
    }
    return start == end ? Optional.empty() : Optional.of(line.substring(start, end));
  }

  /** Where the word ending at {@code column} starts. */
  static int start(String line, int column) {
    int start = Math.min(Math.max(column, 0), line.length());
    while (start > 0 && wordChar(line.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * The symbol a {@code .config} line is about: the one it sets, or else the {@code CONFIG_} word
   * under the cursor.
   */
  static Optional<String> configSymbol(String line, int column) {
    Matcher m = ASSIGNMENT.matcher(line);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    return at(line, column).filter(w -> w.startsWith("CONFIG_")).map(w -> w.substring(7));
  }
}
