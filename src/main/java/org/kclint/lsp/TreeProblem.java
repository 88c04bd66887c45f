package org.kclint.lsp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kclint.diag.Position;

/**
 * Something the Kconfig reader said about a Kconfig file: an error that stopped the reading, or one
 * of conf's warnings ({@code file:line[:col]: warning: text}), with its position in the tree.
 */
record TreeProblem(Position position, boolean error, String message) {
  private static final Pattern LOCATED =
      Pattern.compile("^([^:\\s][^:]*):(\\d+):(?:(\\d+):)?\\s*(?:(warning|error|note):\\s*)?(.*)$");

  /** A warning line as the reader writes it; empty when it names no file and line. */
  static Optional<TreeProblem> ofWarning(String line) {
    Matcher m = LOCATED.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    int column = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(
        new TreeProblem(
            new Position(m.group(1), Integer.parseInt(m.group(2)), column),
            "error".equals(m.group(4)),
            m.group(5)));
  }
}
