package org.kclint.diag;

/**
 * A place in an input file: the file as the user would name it (relative to the tree root for
 * Kconfig files), and 1-based line and column. Column 0 means "the whole line".
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

  /** The gcc-style prefix editors and CI annotators understand: {@code file:line:col}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}
