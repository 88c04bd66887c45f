package org.kclint.board.parse;

import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/** Turns the first lexer or parser error into a positioned {@link InputException}; no recovery. */
final class ThrowingErrorListener extends BaseErrorListener {
  private final Map<CharStream, Locator> locators;

  ThrowingErrorListener(Map<CharStream, Locator> locators) {
    this.locators = locators;
  }

  Position locate(Token t) {
    return locators
        .get(t.getInputStream())
        .at(t.getStartIndex(), t.getLine(), t.getCharPositionInLine());
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int column,
      String msg,
      RecognitionException e) {
    if (offendingSymbol instanceof Token t) {
      String message = t.getType() == Token.EOF ? "unexpected end of input" : msg;
      throw new InputException(locate(t), message.replace("'<EOF>'", "end of input"));
    }
    Lexer lexer = (Lexer) recognizer;
    CharStream input = lexer.getInputStream();
    int offset =
        e instanceof LexerNoViableAltException lex
            ? lex.getStartIndex()
            : lexer._tokenStartCharIndex;
    String what =
        offset < input.size()
            ? describe(
                input.getText(org.antlr.v4.runtime.misc.Interval.of(offset, offset)).charAt(0))
            : "end of input";
    throw new InputException(locators.get(input).at(offset, line, column), "unexpected " + what);
  }

  private static String describe(char c) {
    if (c >= 0x21 && c < 0x7f) {
      return "character '" + c + "'";
    }
    return String.format("byte 0x%02x", (int) c);
  }
}
