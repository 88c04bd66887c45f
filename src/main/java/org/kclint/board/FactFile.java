package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * The line syntax shared by the board facts override file and the CPU database: {@code name =
 * value}, optionally followed by {@code # comment} (in the CPU database, the citation); lines that
 * start with '#' and blank lines are ignored; where sections are allowed, {@code [name]} starts
 * one. CRLF line ends are accepted.
 */
final class FactFile {
  private FactFile() {}

  sealed interface Entry {}

  record Section(String name, Position position) implements Entry {}

  record Assignment(
      String name,
      String value,
      Optional<String> comment,
      Position position,
      Position valuePosition)
      implements Entry {}

  static ImmutableList<Entry> parse(String file, String text, boolean sections) {
    ImmutableList.Builder<Entry> out = ImmutableList.builder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      int lineNo = i + 1;
      String trimmed = line.strip();
      int indent = line.indexOf(trimmed.isEmpty() ? " " : trimmed.substring(0, 1)) + 1;
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      checkCharacters(file, lineNo, line);
      if (trimmed.startsWith("[")) {
        if (!sections) {
          throw new InputException(
              new Position(file, lineNo, indent), "sections are not allowed here");
        }
        if (!trimmed.endsWith("]") || trimmed.length() < 3) {
          throw new InputException(new Position(file, lineNo, indent), "expected [name]");
        }
        out.add(
            new Section(
                trimmed.substring(1, trimmed.length() - 1).strip(),
                new Position(file, lineNo, indent)));
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new InputException(new Position(file, lineNo, indent), "expected 'fact = value'");
      }
      String name = line.substring(0, eq).strip();
      if (name.isEmpty()) {
        throw new InputException(
            new Position(file, lineNo, indent), "fact name missing before '='");
      }
      String rest = line.substring(eq + 1);
      int hash = rest.indexOf(" #");
      Optional<String> comment = Optional.empty();
      if (hash >= 0) {
        comment = Optional.of(rest.substring(hash + 2).strip()).filter(c -> !c.isEmpty());
        rest = rest.substring(0, hash);
      }
      String value = rest.strip();
      int valueColumn = eq + 2 + (rest.length() - rest.stripLeading().length());
      if (value.isEmpty()) {
        throw new InputException(
            new Position(file, lineNo, valueColumn), "value missing after '='");
      }
      out.add(
          new Assignment(
              name,
              value,
              comment,
              new Position(file, lineNo, indent),
              new Position(file, lineNo, valueColumn)));
    }
    return out.build();
  }

  private static void checkCharacters(String file, int lineNo, String line) {
    for (int c = 0; c < line.length(); c++) {
      char ch = line.charAt(c);
      if (ch < 0x20 && ch != '\t' || ch == 0x7f || ch == '\uFFFD') {
        throw new InputException(
            new Position(file, lineNo, c + 1),
            String.format("unexpected byte 0x%02x", (int) ch & 0xff));
      }
    }
  }
}
