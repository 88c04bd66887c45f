package org.kclint.board.parse;

import java.util.Arrays;
import org.kclint.diag.Position;

/**
 * Maps an offset in preprocessed text back to the file, line and column it came from: one segment
 * per emitted token, looked up by binary search.
 */
final class SourceMap {
  /** Grown by doubling; small, since a board's own read is often only a few tokens long. */
  private static final int INITIAL = 1 << 10;

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
   * Records that text from {@code offset} on was written at {@code file:line:column}; {@code
   * copied} when it is a copy of the file's characters, not a macro's expansion.
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
   * Where the character at {@code offset} came from: within a copied token the column advances with
   * the offset; every character of a macro's expansion points at the invocation.
   */
  Position at(int offset) {
    int i = Arrays.binarySearch(offsets, 0, size, offset);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return new Position(fallbackFile, 1, 1);
    }
    return new Position(
        files[i], lines[i], verbatim[i] ? columns[i] + offset - offsets[i] : columns[i]);
  }

  /** The segments that start in [{@code from}, {@code to}), with offsets made relative to it. */
  Slice slice(int from, int to) {
    int first = Arrays.binarySearch(offsets, 0, size, from);
    if (first < 0) {
      first = -first - 1;
    }
    while (first > 0 && offsets[first - 1] == from) {
      first--;
    }
    int last = first;
    while (last < size && offsets[last] < to) {
      last++;
    }
    int n = last - first;
    int[] o = new int[n];
    for (int k = 0; k < n; k++) {
      o[k] = offsets[first + k] - from;
    }
    return new Slice(
        o,
        Arrays.copyOfRange(files, first, last),
        Arrays.copyOfRange(lines, first, last),
        Arrays.copyOfRange(columns, first, last),
        Arrays.copyOfRange(verbatim, first, last));
  }

  /** Appends a slice as if its text now started at {@code base}. */
  void append(Slice slice, int base) {
    for (int k = 0; k < slice.offsets.length; k++) {
      mark(
          base + slice.offsets[k],
          slice.files[k],
          slice.lines[k],
          slice.columns[k],
          slice.verbatim[k]);
    }
  }

  /** Segments of a stretch of preprocessed text, kept to be replayed elsewhere. */
  static final class Slice {
    private final int[] offsets;
    private final String[] files;
    private final int[] lines;
    private final int[] columns;
    private final boolean[] verbatim;

    private Slice(int[] offsets, String[] files, int[] lines, int[] columns, boolean[] verbatim) {
      this.offsets = offsets;
      this.files = files;
      this.lines = lines;
      this.columns = columns;
      this.verbatim = verbatim;
    }
  }
}
