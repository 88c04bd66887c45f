package org.kclint.diag;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Makes ANTLR lexers and parsers stop at the first error with a positioned {@link InputException}
 * (1-based line and column) instead of printing to the console and recovering. Every grammar's
 * facade calls {@link #install} on its lexer and parser.
 */
public final class SyntaxErrors extends BaseErrorListener {
  private final String file;

  private SyntaxErrors(String file) {
    this.file = file;
  }

  /** Replaces the error listeners of each recognizer with one that throws, naming {@code file}. */
  public static void install(String file, Recognizer<?, ?>... recognizers) {
    SyntaxErrors errors = new SyntaxErrors(file);
    for (Recognizer<?, ?> r : recognizers) {
      r.removeErrorListeners();
      r.addErrorListener(errors);
    }
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
