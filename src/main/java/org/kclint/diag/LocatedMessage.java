package org.kclint.diag;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line the Kconfig reader prints, read back: conf's warnings ({@code FILE:LINE:warning: TEXT} or,
 * from its parser, {@code FILE:LINE: warning: TEXT}), kclint's own ({@code FILE:LINE:COL: warning:
 * TEXT}) and errors, with where they point.
 *
 * @param kind {@code warning}, {@code error} or {@code note}; empty for a bare {@code FILE:LINE:
 *     TEXT} (what {@code $(warning-if,...)} prints)
 */
public record LocatedMessage(Position position, Optional<String> kind, String text) {
  private static final Pattern LOCATED =
      Pattern.compile("^([^:\\s][^:]*):(\\d+):(?:(\\d+):)?\\s*(?:(warning|error|note):\\s*)?(.*)$");

  /** The line read back; empty when it names no file and line. */
  public static Optional<LocatedMessage> parse(String line) {
    Matcher m = LOCATED.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    int column = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(
        new LocatedMessage(
            new Position(m.group(1), Integer.parseInt(m.group(2)), column),
            Optional.ofNullable(m.group(4)),
            m.group(5)));
  }

  /** One of the kernel conf's own warnings: those name no column. */
  public boolean isConfWarning() {
    return kind.filter("warning"::equals).isPresent() && position.column() == 0;
  }
}
