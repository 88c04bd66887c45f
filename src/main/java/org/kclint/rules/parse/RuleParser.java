package org.kclint.rules.parse;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.diag.SyntaxErrors;
import org.kclint.io.InputFiles;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Rule;

/**
 * Reads one rule file into a {@link Rule}. The only class that sees ANTLR; errors are positioned
 * InputExceptions, and nesting is bounded before the recursive parse begins.
 */
public final class RuleParser {
  /** Rule files are small; anything bigger is not a rule file. */
  static final int MAX_BYTES = 1 << 20;

  /** Bracket and negation depth a rule can reasonably need, far below any stack limit. */
  static final int MAX_NESTING = 64;

  /** Operators in one file: conditions are chains of a few dozen at most. */
  static final int MAX_OPERATORS = 1000;

  private RuleParser() {}

  /**
   * @param file the file as the user would name it, for positions
   * @param area the catalogue folder the rule comes from
   */
  public static Rule parse(byte[] content, String file, String area) {
    if (content.length > MAX_BYTES) {
      throw new InputException(Position.ofLine(file, 0), "rule file larger than 1 MiB");
    }
    return parse(decode(content, file), file, area);
  }

  public static Rule parse(String text, String file, String area) {
    return new RuleBuilder(file, area).build(grammar(text, file).ruleFile());
  }

  /** Reads one check's catalogue entry ({@code <area>/<id>.check}). */
  public static BuiltInCheck parseCheck(byte[] content, String file, String area) {
    if (content.length > MAX_BYTES) {
      throw new InputException(Position.ofLine(file, 0), "check file larger than 1 MiB");
    }
    return new RuleBuilder(file, area).buildCheck(grammar(decode(content, file), file).checkFile());
  }

  private static RuleFileParser grammar(String text, String file) {
    RuleFileLexer lexer = new RuleFileLexer(CharStreams.fromString(text, file));
    SyntaxErrors.install(file, lexer);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    checkNesting(tokens, file);
    RuleFileParser grammar = new RuleFileParser(tokens);
    SyntaxErrors.install(file, grammar);
    return grammar;
  }

  private static void checkNesting(CommonTokenStream tokens, String file) {
    int depth = 0;
    int negations = 0;
    int operators = 0;
    for (Token t : tokens.getTokens()) {
      switch (t.getType()) {
        case RuleFileLexer.LPAREN -> depth++;
        case RuleFileLexer.RPAREN -> depth--;
        case RuleFileLexer.NOT -> negations++;
        case RuleFileLexer.AND,
            RuleFileLexer.OR,
            RuleFileLexer.PLUS,
            RuleFileLexer.MINUS,
            RuleFileLexer.QUESTION ->
            operators++;
        default -> negations = 0;
      }
      if (depth + negations > MAX_NESTING) {
        throw new InputException(at(file, t), "expression nested deeper than " + MAX_NESTING);
      }
      if (operators > MAX_OPERATORS) {
        throw new InputException(at(file, t), "more than " + MAX_OPERATORS + " operators");
      }
    }
  }

  static Position at(String file, Token t) {
    return new Position(file, t.getLine(), t.getCharPositionInLine() + 1);
  }

  /** Strict UTF-8 (the first byte that is not is positioned), and no NUL: text, not a binary. */
  private static String decode(byte[] content, String file) {
    String text = InputFiles.utf8(file, content);
    if (text.indexOf('\0') >= 0) {
      throw new InputException(Position.ofLine(file, 1), "binary file (contains NUL bytes)");
    }
    return text;
  }
}
