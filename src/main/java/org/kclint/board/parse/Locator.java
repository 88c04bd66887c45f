package org.kclint.board.parse;

import org.kclint.diag.Position;

/** Turns a place in a lexer's input into a position in the user's files. */
interface Locator {
  /**
   * {@code offset} in the input, which the lexer saw at {@code line} and 0-based {@code column}.
   */
  Position at(int offset, int line, int column);

  /** Input read as it is: positions are the lexer's own. */
  static Locator direct(String file) {
    return (offset, line, column) -> new Position(file, line, column + 1);
  }

  /** Preprocessed input: positions come from the preprocessor's map. */
  static Locator mapped(SourceMap map) {
    return (offset, line, column) -> map.at(offset);
  }
}
