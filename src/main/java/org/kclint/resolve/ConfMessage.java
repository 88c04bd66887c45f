package org.kclint.resolve;

import java.util.Optional;
import org.kclint.diag.Position;

/**
 * Something conf reports while it finalizes the tree, reads and resolves a config (or, for unknown
 * symbols, notes silently): the kind, where (the input line, if any), the symbol concerned and
 * conf's own text.
 */
public record ConfMessage(Kind kind, Optional<Position> position, String symbol, String text) {

  public enum Kind {
    /** "unexpected data: …" for a line conf cannot read. */
    UNEXPECTED_DATA,
    /** A CONFIG_ name the tree does not define (conf skips it silently). */
    UNKNOWN_SYMBOL,
    /** "override: reassigning to symbol X": an earlier line's value is replaced. */
    OVERRIDE,
    /** "override: X changes choice state": a second y in one choice. */
    CHOICE_OVERRIDE,
    /** "X creates inconsistent choice state": m in a choice already y. */
    INCONSISTENT_CHOICE,
    /** "symbol value 'V' invalid for X". */
    INVALID_VALUE,
    /** "invalid string found": an unterminated quoted string. */
    INVALID_STRING,
    /** "unmet direct dependencies detected for X", with conf's explanation. */
    UNMET_DEPENDENCY,
    /** A line conf prints as it stands and then stops (exit 1), e.g. a bad KCONFIG_PROBABILITY. */
    FATAL,
    /** A warning menu_finalize prints about the Kconfig tree itself, at its Kconfig line. */
    MENU_WARNING
  }

  /** Exactly what conf prints on stderr for this message; empty for what it notes silently. */
  public String printed() {
    return switch (kind) {
      case UNKNOWN_SYMBOL -> "";
      case UNMET_DEPENDENCY -> "\n" + text;
      case FATAL -> text + "\n";
      default ->
          position.map(p -> p.file() + ":" + p.line() + ":warning: ").orElse("") + text + "\n";
    };
  }
}
