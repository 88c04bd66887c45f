package org.kclint.kconfig.parse;

import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.kconfig.parse.KconfigParser.KconfigFileContext;

/**
 * Parses one Kconfig file's text into its parse tree: SLL prediction first (fast, and enough for
 * every file of the kernel), full LL only to confirm an error. One instance parses many files;
 * the parser object is reused. Syntax errors and nesting beyond the limits are positioned
 * {@link InputException}s.
 */
final class KconfigFileParser {
  /** Deepest if/menu/choice nesting accepted (the kernel's own tree nests fewer than 10). */
  static final int MAX_BLOCK_DEPTH = 200;
  /** Deepest nesting of parentheses and '!' within one expression. */
  static final int MAX_EXPRESSION_DEPTH = 200;

  private final Consumer<String> warnings;
  private final KconfigParser parser = new KconfigParser(null);

  KconfigFileParser(Consumer<String> warnings) {
    this.warnings = warnings;
    parser.removeErrorListeners();
  }

  KconfigFileContext parse(String file, String text) {
    KconfigTokenSource lexer = new KconfigTokenSource(CharStreams.fromString(text, file), file, warnings);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    checkNesting(file, tokens);
    parser.setTokenStream(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.kconfigFile();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.setTokenStream(tokens);
      parser.addErrorListener(new ThrowingListener(file));
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.kconfigFile();
    }
  }

  /** Bounds the parser's recursion before it starts, so that no input can exhaust the stack. */
  private static void checkNesting(String file, CommonTokenStream tokens) {
    int blocks = 0;
    int expression = 0;
    int previous = KconfigLexer.EOL;
    for (Token token : tokens.getTokens()) {
      switch (token.getType()) {
        case KconfigLexer.IF, KconfigLexer.MENU, KconfigLexer.CHOICE -> {
          if (previous == KconfigLexer.EOL && ++blocks > MAX_BLOCK_DEPTH) {
            throw tooDeep(file, token, "blocks nested more than " + MAX_BLOCK_DEPTH + " deep");
          }
        }
        case KconfigLexer.ENDIF, KconfigLexer.ENDMENU, KconfigLexer.ENDCHOICE -> blocks--;
        case KconfigLexer.OPEN_PAREN, KconfigLexer.NOT -> {
          if (++expression > MAX_EXPRESSION_DEPTH) {
            throw tooDeep(
                file, token, "expression nested more than " + MAX_EXPRESSION_DEPTH + " deep");
          }
        }
        case KconfigLexer.EOL -> expression = 0;
        default -> {}
      }
      previous = token.getType();
    }
  }

  private static InputException tooDeep(String file, Token token, String what) {
    return new InputException(
        new Position(file, token.getLine(), token.getCharPositionInLine() + 1), what);
  }

  /** Turns the first syntax error into a positioned exception: no recovery. */
  private static final class ThrowingListener extends BaseErrorListener {
    private final String file;

    ThrowingListener(String file) {
      this.file = file;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int column,
        String message,
        RecognitionException e) {
      String found = "unexpected input";
      if (offendingSymbol instanceof Token token) {
        found = describe(token);
      }
      throw new InputException(new Position(file, line, column + 1), "syntax error: " + found);
    }

    private static String describe(Token token) {
      return switch (token.getType()) {
        case Token.EOF -> "unexpected end of file (a block is not closed?)";
        case KconfigLexer.EOL -> "unexpected end of line";
        case KconfigLexer.HELPTEXT -> "unexpected help text";
        default -> "unexpected '" + token.getText() + "'";
      };
    }
  }
}
