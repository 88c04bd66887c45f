package org.kclint.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The text of each document the client has open, kept up to date from its (incremental) changes.
 * LSP positions count UTF-16 code units, as Java strings do.
 */
final class OpenDocuments {
  /** One open document at one version. */
  record Document(String uri, Path path, int version, String text) {

    /** Line {@code line} (0-based) without its line end; empty past the end. */
    String line(int line) {
      int start = lineStart(line);
      if (start < 0) {
        return "";
      }
      int end = text.indexOf('\n', start);
      String l = end < 0 ? text.substring(start) : text.substring(start, end);
      return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    int lineCount() {
      int n = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        n++;
      }
      return n;
    }

    private int lineStart(int line) {
      int at = 0;
      for (int i = 0; i < line; i++) {
        at = text.indexOf('\n', at);
        if (at < 0) {
          return -1;
        }
        at++;
      }
      return at;
    }

    int offset(Position p) {
      int start = lineStart(p.getLine());
      if (start < 0) {
        return text.length();
      }
      int end = text.indexOf('\n', start);
      int lineEnd = end < 0 ? text.length() : end;
      return Math.min(start + Math.max(p.getCharacter(), 0), lineEnd);
    }
  }

  private final Map<String, Document> documents = new ConcurrentHashMap<>();

  static Path path(String uri) {
    try {
      return Path.of(URI.create(uri));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Path.of(uri);
    }
  }

  Document open(String uri, int version, String text) {
    Document d = new Document(uri, path(uri), version, text);
    documents.put(uri, d);
    return d;
  }

  /** Applies the changes in order; empty when the document is not open. */
  Optional<Document> change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
    Document changed =
        documents.computeIfPresent(
            uri,
            (u, d) -> {
              String text = d.text();
              for (TextDocumentContentChangeEvent c : changes) {
                if (c.getRange() == null) {
                  text = c.getText();
                } else {
                  Document at = new Document(u, d.path(), version, text);
                  int from = at.offset(c.getRange().getStart());
                  int to = Math.max(from, at.offset(c.getRange().getEnd()));
                  text = text.substring(0, from) + c.getText() + text.substring(to);
                }
              }
              return new Document(u, d.path(), version, text);
            });
    return Optional.ofNullable(changed);
  }

  void close(String uri) {
    documents.remove(uri);
  }

  Optional<Document> get(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  /** The open documents whose path satisfies the filter, for re-publishing after a reload. */
  List<Document> all() {
    return List.copyOf(documents.values());
  }
}
