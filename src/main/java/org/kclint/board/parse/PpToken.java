package org.kclint.board.parse;

import com.google.common.collect.ImmutableSet;

/**
 * One preprocessing token: its text, whether white space came before it, where it was written (for
 * a macro expansion: where the macro was invoked), and the macros that may not expand it again (its
 * hide set, as in Prosser's expansion algorithm).
 */
record PpToken(
    Kind kind,
    String text,
    boolean spaceBefore,
    String file,
    int line,
    int column,
    boolean fromMacro,
    ImmutableSet<String> hideSet) {

  enum Kind {
    IDENTIFIER,
    NUMBER,
    STRING,
    CHAR,
    PUNCTUATOR
  }

  boolean is(String punctuator) {
    return kind == Kind.PUNCTUATOR && text.equals(punctuator);
  }

  boolean isIdentifier() {
    return kind == Kind.IDENTIFIER;
  }

  PpToken withSpace(boolean space) {
    return space == spaceBefore
        ? this
        : new PpToken(kind, text, space, file, line, column, fromMacro, hideSet);
  }

  /**
   * This token as produced by expanding a macro invoked at {@code at}, hidden from {@code hide}.
   */
  PpToken expandedAt(PpToken at, ImmutableSet<String> hide) {
    ImmutableSet<String> merged =
        hideSet.isEmpty()
            ? hide
            : ImmutableSet.<String>builder().addAll(hideSet).addAll(hide).build();
    return new PpToken(kind, text, spaceBefore, at.file, at.line, at.column, true, merged);
  }

  org.kclint.diag.Position position() {
    return new org.kclint.diag.Position(file, line, column);
  }
}
