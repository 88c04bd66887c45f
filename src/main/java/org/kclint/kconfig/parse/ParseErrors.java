package org.kclint.kconfig.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * conf reads on after most errors in a Kconfig file and stops when the parse ends (parser.y,
 * conf_parse: {@code if (yynerrs) exit(1)}), printing every error and warning in between. Warnings
 * pass through until the first error; from there on everything is kept, in order, for the one
 * {@link InputException} the reading ends with: kclint's message at the first error, conf's text of
 * everything from it.
 */
final class ParseErrors implements Consumer<String> {
  private final Consumer<String> warnings;
  private InputException first;
  private final List<String> printed = new ArrayList<>();

  ParseErrors(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  @Override
  public void accept(String warning) {
    if (first == null) {
      warnings.accept(warning);
    } else {
      printed.add(warning);
    }
  }

  /** An error conf prints as {@code confText} (one or more lines) and reads on after. */
  void error(Position at, String message, String confText) {
    if (first == null) {
      first = new InputException(at, message);
    }
    printed.add(confText);
  }

  /** Where conf stops at once: what it printed before, then this error. */
  InputException stop(InputException e) {
    if (first == null) {
      return e;
    }
    printed.add(e.asTheToolPrintsIt());
    return end(first);
  }

  /** The end of the parse: stops if there was an error. */
  void finish() {
    if (first != null) {
      throw end(first);
    }
  }

  private InputException end(InputException at) {
    return new InputException(at.position(), at.getMessage(), String.join("\n", printed));
  }
}
