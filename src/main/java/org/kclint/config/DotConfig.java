package org.kclint.config;

import com.google.common.collect.ImmutableList;
import org.kclint.diag.Position;

/**
 * A .config file (full config, defconfig or fragment) line by line, as conf reads it: every line is
 * kept, in order, with its position, so that diagnostics point at the line and conf's own reading
 * (warnings, overrides) can be replayed exactly.
 *
 * @param file the file as the user named it
 * @param lines every non-blank line in file order
 */
public record DotConfig(String file, ImmutableList<Line> lines) {

  /** One line of the file. */
  public sealed interface Line {
    Position position();
  }

  /**
   * {@code CONFIG_NAME=value} ({@link Kind#SET}) or {@code # CONFIG_NAME is not set} ({@link
   * Kind#NOT_SET}, whose value is {@code n}).
   *
   * @param name the symbol name without {@code CONFIG_}
   * @param value the text after {@code =} exactly as written (quotes and escapes included), without
   *     the line end; for NOT_SET {@code n}
   * @param position the start of the line
   */
  public record Assignment(String name, String value, Kind kind, Position position)
      implements Line {

    /** Whether the value is a double-quoted string (conf's spelling of string values). */
    public boolean quoted() {
      return kind == Kind.SET && value.startsWith("\"");
    }
  }

  public enum Kind {
    SET,
    NOT_SET
  }

  /** A comment line other than an unset marker; {@code text} includes the {@code #}. */
  public record Comment(String text, Position position) implements Line {}

  /**
   * A line that is neither an assignment nor a comment (conf skips it, and warns unless it starts
   * with {@code CONFIG_} or a carriage return).
   */
  public record Unrecognized(String text, Position position) implements Line {}

  /** The assignments, in file order. */
  public ImmutableList<Assignment> assignments() {
    return lines.stream()
        .filter(Assignment.class::isInstance)
        .map(Assignment.class::cast)
        .collect(ImmutableList.toImmutableList());
  }
}
