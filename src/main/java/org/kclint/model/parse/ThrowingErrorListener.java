package org.kclint.model.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/** Turns the first lexer or parser error into a positioned {@link InputException}. */
final class ThrowingErrorListener extends BaseErrorListener {
  private final String file;

  ThrowingErrorListener(String file) {
    this.file = file;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    throw new InputException(new Position(file, line, charPositionInLine + 1), msg);
  }
}
