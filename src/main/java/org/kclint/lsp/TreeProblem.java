package org.kclint.lsp;

import java.util.Optional;
import org.kclint.diag.LocatedMessage;
import org.kclint.diag.Position;

/**
 * Something the Kconfig reader said about a Kconfig file: an error that stopped the reading, or one
 * of conf's warnings ({@code file:line[:col]: warning: text}), with its position in the tree.
 */
record TreeProblem(Position position, boolean error, String message) {

  /** A warning line as the reader writes it; empty when it names no file and line. */
  static Optional<TreeProblem> ofWarning(String line) {
    return LocatedMessage.parse(line)
        .map(
            m ->
                new TreeProblem(
                    m.position(), m.kind().filter("error"::equals).isPresent(), m.text()));
  }
}
