package org.kclint.lsp;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * kclint's positions (1-based line and column, column 0 for a whole line, files named as the user
 * or the tree root names them) as LSP locations (0-based, in URIs).
 */
final class Locations {
  private Locations() {}

  /** The line a position names, whole (LSP clients underline the range). */
  static Range line(org.kclint.diag.Position p, String lineText) {
    int line = Math.max(p.line() - 1, 0);
    int start = p.column() > 1 ? Math.min(p.column() - 1, lineText.length()) : 0;
    return new Range(new Position(line, start), new Position(line, lineText.length()));
  }

  /** A whole line of a file not open in the client: up to the start of the next. */
  static Range line(org.kclint.diag.Position p) {
    int line = Math.max(p.line() - 1, 0);
    return new Range(new Position(line, 0), new Position(line + 1, 0));
  }

  /**
   * Where {@code p} points: the document {@code current} when it names the document's own file;
   * otherwise a Kconfig file under {@code tree}, or a file named absolutely.
   */
  static Optional<Location> of(
      org.kclint.diag.Position p, OpenDocuments.Document current, Optional<LoadedTree> tree) {
    String uri;
    if (p.file().equals(current.path().toString())) {
      uri = current.uri();
    } else if (Path.of(p.file()).isAbsolute()) {
      uri = Path.of(p.file()).toUri().toString();
    } else if (tree.isPresent()) {
      uri = tree.get().file(p.file()).toUri().toString();
    } else {
      return Optional.empty();
    }
    return Optional.of(new Location(uri, line(p)));
  }

  /** A definition or reference in the tree. */
  static Location inTree(LoadedTree tree, org.kclint.diag.Position p) {
    return new Location(tree.file(p.file()).toUri().toString(), line(p));
  }
}
