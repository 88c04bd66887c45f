package org.kclint.kconfig.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
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
 * every file of the kernel), full LL only to confirm an error. One instance parses the files of one
 * tree, counting their entries against the tree's bound; the parser object is reused. Syntax errors
 * and nesting beyond the limits are positioned {@link InputException}s.
 */
final class KconfigFileParser {
  static final int MAX_BLOCK_DEPTH = InputLimits.MAX_BLOCK_DEPTH;
  static final int MAX_EXPRESSION_DEPTH = InputLimits.MAX_EXPRESSION_DEPTH;
  static final int MAX_EXPRESSION_OPERATORS = InputLimits.MAX_EXPRESSION_OPERATORS;

  /** Errors read on after in one file; conf has no bound, but each costs kclint a parse. */
  static final int MAX_ERRORS = 100;

  private final KconfigParser parser = new KconfigParser(null);

  /** Entries in the files parsed so far. */
  private int entries;

  KconfigFileParser() {
    parser.removeErrorListeners();
  }

  /**
   * A file's parse tree, with what conf's parser says about the lines it could not take.
   *
   * @param lexerWarnings what the lexer warned about, in order: printed as the file is read, each
   *     when conf's lexer reaches its line
   * @param errors each SYNTAX_ERROR token of the tree with conf's words for that line
   * @param closings the end keywords added where the file ends inside blocks, so that the rest is
   *     read (conf's blocks stay open into the file that sourced it)
   */
  record ParsedFile(
      KconfigFileContext tree,
      List<String> lexerWarnings,
      Map<Token, SyntaxError> errors,
      Set<Token> closings) {}

  /**
   * One error: kclint's message at its place, and what conf prints for it. {@code strayEnd} is the
   * end keyword of a line that closes no block of the file, else null: conf's token stream goes on
   * through source lines, so it may close a block of the file that sourced this one.
   */
  record SyntaxError(Position position, String message, String confText, Token strayEnd) {}

  ParsedFile parse(String file, String text) {
    List<String> lexerWarnings = new ArrayList<>();
    KconfigTokenSource lexer =
        new KconfigTokenSource(
            CharStreams.fromString(text, file), file, entries, lexerWarnings::add);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    entries += lexer.entries();
    checkNesting(file, tokens);
    List<Token> stream = new ArrayList<>(tokens.getTokens());
    Map<Token, SyntaxError> errors = new IdentityHashMap<>();
    Set<Token> closings = Collections.newSetFromMap(new IdentityHashMap<>());
    // Where conf's parser last recovered (the index of that line's end), for yyerror's silence.
    int recovered = -1;
    while (true) {
      Failure failure;
      try {
        return new ParsedFile(parse(stream, file), lexerWarnings, errors, closings);
      } catch (Failure f) {
        failure = f;
      }
      if (errors.size() >= MAX_ERRORS) {
        throw failure.error;
      }
      int at = failure.offending.getTokenIndex();
      if (failure.offending.getType() == Token.EOF) {
        closeBlocks(failure, stream, closings);
        continue;
      }
      recovered = recover(file, stream, at, failure, recovered, errors);
    }
  }

  /**
   * bison's recovery with parser.y's error rules: the parser pops back to the statement list it is
   * in and drops the rest of the line; the line is "unknown statement" when it starts with a word
   * the parser took for a variable's name, else "invalid statement" (always inside a choice).
   * yyerror's "syntax error" (one line below, as parser.y prints it) is silent until three tokens
   * have been read since the last recovery. Returns the index of the line's end.
   */
  private static int recover(
      String file,
      List<Token> stream,
      int at,
      Failure failure,
      int recovered,
      Map<Token, SyntaxError> errors) {
    int start = at;
    while (start > 0 && !endsLine(stream.get(start - 1))) {
      start--;
    }
    int end = at;
    while (stream.get(end).getType() != KconfigLexer.EOL
        && stream.get(end).getType() != Token.EOF) {
      end++;
    }
    Token first = stream.get(start);
    boolean strayEnd =
        at == start
            && (first.getType() == KconfigLexer.ENDMENU
                || first.getType() == KconfigLexer.ENDIF
                || first.getType() == KconfigLexer.ENDCHOICE);
    boolean word =
        first.getType() == KconfigLexer.WORD || first.getType() == KconfigLexer.MACRO_WORD;
    String what =
        !failure.inChoice && word && at == start + 1
            ? "unknown statement \"" + first.getText() + "\""
            : "invalid statement";
    int line = first.getLine();
    StringBuilder conf = new StringBuilder();
    if (recovered < 0 || at - recovered - 1 >= 2) {
      conf.append(file).append(':').append(line + 1).append(": syntax error\n");
    }
    conf.append(file).append(':').append(line).append(": ").append(what);
    CommonToken marker = new CommonToken(KconfigLexer.SYNTAX_ERROR, what);
    marker.setLine(line);
    marker.setCharPositionInLine(first.getCharPositionInLine());
    errors.put(
        marker,
        new SyntaxError(
            failure.error.position(),
            failure.error.getMessage(),
            conf.toString(),
            strayEnd ? first : null));
    stream.subList(start, end).clear();
    stream.add(start, marker);
    if (stream.get(start + 1).getType() == Token.EOF) {
      stream.add(start + 1, synthetic(KconfigLexer.EOL, stream.get(start + 1)));
    }
    return start + 1;
  }

  /** A file ends inside blocks: each is closed there, the closings noted. */
  private static void closeBlocks(Failure failure, List<Token> stream, Set<Token> closings) {
    if (failure.openBlocks.isEmpty()) {
      throw failure.error;
    }
    Token eof = stream.remove(stream.size() - 1);
    for (Token keyword : failure.openBlocks) {
      int end =
          switch (keyword.getType()) {
            case KconfigLexer.CHOICE -> KconfigLexer.ENDCHOICE;
            case KconfigLexer.MENU -> KconfigLexer.ENDMENU;
            default -> KconfigLexer.ENDIF;
          };
      CommonToken closing = (CommonToken) synthetic(end, eof);
      closing.setText("end" + keyword.getText());
      stream.add(closing);
      closings.add(closing);
      stream.add(synthetic(KconfigLexer.EOL, eof));
    }
    stream.add(eof);
  }

  private static boolean endsLine(Token token) {
    return token.getType() == KconfigLexer.EOL || token.getType() == KconfigLexer.HELPTEXT;
  }

  private static Token synthetic(int type, Token at) {
    CommonToken token = new CommonToken(type, "");
    token.setLine(at.getLine());
    token.setCharPositionInLine(at.getCharPositionInLine());
    return token;
  }

  private KconfigFileContext parse(List<Token> stream, String file) {
    CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(stream));
    tokens.fill();
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

  /**
   * Bounds the parser's recursion before it starts, so that no input can exhaust the stack, and the
   * operators of one expression, so that none keeps conf's simplification busy for minutes.
   */
  private static void checkNesting(String file, CommonTokenStream tokens) {
    int blocks = 0;
    int expression = 0;
    int operators = 0;
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
        case KconfigLexer.OR, KconfigLexer.AND -> {
          if (++operators > MAX_EXPRESSION_OPERATORS) {
            throw tooDeep(
                file,
                token,
                "expression of more than " + MAX_EXPRESSION_OPERATORS + " || and && operators");
          }
        }
        case KconfigLexer.EOL -> {
          expression = 0;
          operators = 0;
        }
        default -> {}
      }
      previous = token.getType();
    }
  }

  private static InputException tooDeep(String file, Token token, String what) {
    return new InputException(
        new Position(file, token.getLine(), token.getCharPositionInLine() + 1), what);
  }

  /**
   * The first syntax error of a parse: kclint's message, the token the parser stopped at, whether
   * it was inside a choice, and at the end of the file the blocks still open, innermost first.
   */
  private static final class Failure extends RuntimeException {
    final transient Token offending;
    final boolean inChoice;
    final transient List<Token> openBlocks;
    final InputException error;

    Failure(Token offending, boolean inChoice, List<Token> openBlocks, InputException error) {
      super(error.getMessage(), null, false, false);
      this.offending = offending;
      this.inChoice = inChoice;
      this.openBlocks = openBlocks;
      this.error = error;
    }
  }

  /** Turns the first syntax error into a {@link Failure}. */
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
      Token token = (Token) offendingSymbol;
      List<Token> open = new ArrayList<>();
      boolean inChoice = false;
      for (RuleContext block = ((Parser) recognizer).getContext();
          block != null;
          block = block.parent) {
        if (blockKeyword(block) != null) {
          open.add(((ParserRuleContext) block).getStart());
          if (open.size() == 1) {
            inChoice = inChoice(block);
          }
        }
      }
      throw new Failure(
          token,
          inChoice,
          token.getType() == Token.EOF ? open : List.of(),
          error(recognizer, token, line, column, open));
    }

    /** Whether the innermost block is a choice or an if inside one: stmt_list_in_choice. */
    private static boolean inChoice(RuleContext block) {
      return block instanceof KconfigParser.ChoiceStmtContext
          || block instanceof KconfigParser.IfInChoiceStmtContext;
    }

    private InputException error(
        Recognizer<?, ?> recognizer, Token token, int line, int column, List<Token> open) {
      Token statement = statementWord(recognizer, token);
      if (statement != null) {
        return new InputException(
            new Position(file, statement.getLine(), statement.getCharPositionInLine() + 1),
            "unknown statement \"" + statement.getText() + "\"");
      }
      return new InputException(
          new Position(file, line, column + 1), "syntax error: " + describe(token));
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
