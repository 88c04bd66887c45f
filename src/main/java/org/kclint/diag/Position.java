package org.kclint.diag;

/**
 * A place in an input file: the file as the user would name it (relative to the tree root for
 * Kconfig files), and 1-based line and column. Column 0 means "the whole line", line 0 "the whole
 * file".
 */
public record Position(String file, int line, int column) {

  public Position {
    if (file == null) {
      throw new IllegalArgumentException("file");
    }
  }

  public static Position ofLine(String file, int line) {
    return new Position(file, line, 0);
  }

  /**
   * The gcc-style prefix editors and CI annotators understand: {@code file:line:col}, or just the
   * file for the whole file, as gcc writes a file-level diagnostic (an editor opening {@code
   * file:0:1} would have no such line).
   */
  @Override
  public String toString() {
    return line <= 0 ? file : file + ":" + line + ":" + Math.max(column, 1);
  }

  /** Whether this is the whole file rather than a line of it. */
  public boolean wholeFile() {
    return line <= 0;
  }
}
