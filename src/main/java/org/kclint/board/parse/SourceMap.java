package org.kclint.board.parse;

import java.util.Arrays;
import org.kclint.diag.Position;

/**
 * Maps an offset in preprocessed text back to the file, line and column it came from: one
 * segment per emitted token, looked up by binary search.
 */
final class SourceMap {
  /** Tokens of a typical board after preprocessing, so that few boards need to grow it. */
  private static final int INITIAL = 1 << 15;

  private int[] offsets = new int[INITIAL];
  private String[] files = new String[INITIAL];
  private int[] lines = new int[INITIAL];
  private int[] columns = new int[INITIAL];
  private boolean[] verbatim = new boolean[INITIAL];
  private int size;
  private final String fallbackFile;

  SourceMap(String fallbackFile) {
    this.fallbackFile = fallbackFile;
  }

  /**
   * Records that text from {@code offset} on was written at {@code file:line:column};
   * {@code copied} when it is a copy of the file's characters, not a macro's expansion.
   */
  void mark(int offset, String file, int line, int column, boolean copied) {
    if (size == offsets.length) {
      int n = size * 2;
      offsets = Arrays.copyOf(offsets, n);
      files = Arrays.copyOf(files, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
      verbatim = Arrays.copyOf(verbatim, n);
    }
    offsets[size] = offset;
    files[size] = file;
    lines[size] = line;
    columns[size] = column;
    verbatim[size] = copied;
    size++;
  }

  /**
   * Where the character at {@code offset} came from: within a copied token the column advances
   * with the offset; every character of a macro's expansion points at the invocation.
   */
  Position at(int offset) {
    int i = Arrays.binarySearch(offsets, 0, size, offset);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return new Position(fallbackFile, 1, 1);
    }
    return new Position(files[i], lines[i], verbatim[i] ? columns[i] + offset - offsets[i] : columns[i]);
  }
}
