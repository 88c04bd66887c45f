package org.kclint.model.parse;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.diag.SyntaxErrors;
import org.kclint.model.Scenario;

/** Reads one scenario file: the only place that sees the ANTLR parse tree. */
public final class ScenarioParser {
  /** Scenario files are a few kilobytes; anything far larger is not one. */
  private static final int MAX_CHARS = 1 << 20;

  /** Braces and parentheses nest at most this deep, so no recursion can overflow the stack. */
  private static final int MAX_NESTING = 64;

  private ScenarioParser() {}

  /**
   * Parses {@code text}, naming it {@code file} in diagnostics.
   *
   * @throws InputException with the position of the first syntax or meaning error
   */
  public static Scenario parse(String file, String text) {
    if (text.length() > MAX_CHARS) {
      throw new InputException(
          Position.ofLine(file, 0), "scenario file larger than " + MAX_CHARS + " characters");
    }
    ScenarioFileLexer lexer = new ScenarioFileLexer(CharStreams.fromString(text, file));
    SyntaxErrors.install(file, lexer);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    checkNesting(file, tokens);
    ScenarioFileParser parser = new ScenarioFileParser(tokens);
    SyntaxErrors.install(file, parser);
    return new ScenarioBuilder(file).build(parser.scenarioFile());
  }

  /** Bounds block and parenthesis depth, and the operators of one condition (a tree as deep). */
  private static void checkNesting(String file, CommonTokenStream tokens) {
    int depth = 0;
    int operators = 0;
    for (Token t : tokens.getTokens()) {
      switch (t.getType()) {
        case ScenarioFileLexer.LBRACE, ScenarioFileLexer.LPAREN -> depth++;
        case ScenarioFileLexer.RBRACE, ScenarioFileLexer.RPAREN -> depth = Math.max(0, depth - 1);
        case ScenarioFileLexer.AND, ScenarioFileLexer.OR, ScenarioFileLexer.NOT -> operators++;
        default -> {}
      }
      if (t.getType() == ScenarioFileLexer.LBRACE || t.getType() == ScenarioFileLexer.RBRACE) {
        operators = 0;
      }
      if (depth > MAX_NESTING || operators > MAX_NESTING) {
        throw new InputException(
            new Position(file, t.getLine(), t.getCharPositionInLine() + 1),
            "nested more than " + MAX_NESTING + " levels deep");
      }
    }
  }
}
