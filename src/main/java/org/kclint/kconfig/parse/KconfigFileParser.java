package org.kclint.kconfig.parse;

import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;
import org.kclint.kconfig.parse.KconfigParser.KconfigFileContext;

/**
 * Parses one Kconfig file's text into its parse tree: SLL prediction first (fast, and enough for
 * every file of the kernel), full LL only to confirm an error. One instance parses many files; the
 * parser object is reused. Syntax errors and nesting beyond the limits are positioned {@link
 * InputException}s.
 */
final class KconfigFileParser {
  static final int MAX_BLOCK_DEPTH = InputLimits.MAX_BLOCK_DEPTH;
  static final int MAX_EXPRESSION_DEPTH = InputLimits.MAX_EXPRESSION_DEPTH;

  private final Consumer<String> warnings;
  private final KconfigParser parser = new KconfigParser(null);

  KconfigFileParser(Consumer<String> warnings) {
    this.warnings = warnings;
    parser.removeErrorListeners();
  }

  KconfigFileContext parse(String file, String text) {
    KconfigTokenSource lexer =
        new KconfigTokenSource(CharStreams.fromString(text, file), file, warnings);
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
      if (offendingSymbol instanceof Token token && token.getType() == Token.EOF) {
        for (RuleContext block = ((Parser) recognizer).getContext();
            block != null;
            block = block.parent) {
          String keyword = blockKeyword(block);
          if (keyword != null) {
            Token start = ((ParserRuleContext) block).getStart();
            throw new InputException(
                new Position(file, start.getLine(), start.getCharPositionInLine() + 1),
                "'"
                    + keyword
                    + "' is not closed: 'end"
                    + keyword
                    + "' missing before the end of the file");
          }
        }
      }
      if (offendingSymbol instanceof Token token) {
        Token statement = statementWord(recognizer, token);
        if (statement != null) {
          throw new InputException(
              new Position(file, statement.getLine(), statement.getCharPositionInLine() + 1),
              "unknown statement \"" + statement.getText() + "\"");
        }
      }
      String found = "unexpected input";
      if (offendingSymbol instanceof Token token) {
        found = describe(token);
      }
      throw new InputException(new Position(file, line, column + 1), "syntax error: " + found);
    }

    private static String blockKeyword(RuleContext block) {
      if (block instanceof KconfigParser.ChoiceStmtContext) {
        return "choice";
      }
      if (block instanceof KconfigParser.MenuStmtContext) {
        return "menu";
      }
      if (block instanceof KconfigParser.IfStmtContext
          || block instanceof KconfigParser.IfInChoiceStmtContext) {
        return "if";
      }
      return null;
    }

    /**
     * The word a statement starts with, when the error is at it or right after it: parser.y's
     * "unknown statement" (a word that starts no statement is taken for a variable's name).
     */
    private static Token statementWord(Recognizer<?, ?> recognizer, Token token) {
      TokenStream tokens = ((Parser) recognizer).getTokenStream();
      for (int index = token.getTokenIndex();
          index >= 0 && index >= token.getTokenIndex() - 1;
          index--) {
        Token candidate = tokens.get(index);
        boolean word =
            candidate.getType() == KconfigLexer.WORD
                || candidate.getType() == KconfigLexer.MACRO_WORD;
        if (word && (index == 0 || endsLine(tokens.get(index - 1)))) {
          return candidate;
        }
      }
      return null;
    }

    private static boolean endsLine(Token token) {
      return token.getType() == KconfigLexer.EOL || token.getType() == KconfigLexer.HELPTEXT;
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
