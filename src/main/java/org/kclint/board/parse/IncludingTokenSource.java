package org.kclint.board.parse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.BiFunction;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * The tokens of the preprocessed file with dtc's own {@code /include/ "file"} done as dtc's lexer
 * does it: the named file's tokens take the directive's place, read in the lexer state the includer
 * was in. Also refuses nodes, brackets and parentheses nested past {@link InputLimits}, which bound
 * the recursive-descent parser's recursion, and more nodes than the heap is sized for.
 */
final class IncludingTokenSource implements TokenSource {
  private static final int MAX_INCLUDE_DEPTH = InputLimits.MAX_INCLUDE_DEPTH;
  private static final int MAX_NODE_DEPTH = InputLimits.MAX_NODE_DEPTH;
  private static final int MAX_EXPRESSION_DEPTH = InputLimits.MAX_EXPRESSION_DEPTH;
  private static final int MAX_DT_NODES = InputLimits.MAX_DT_NODES;

  private final Deque<DtsLexer> lexers = new ArrayDeque<>();
  private final Map<CharStream, Locator> locators;
  private final ThrowingErrorListener errors;
  private final BiFunction<String, Token, Path> resolver;
  private final SourceCache cache;

  /** Open braces (nodes), and open brackets and parentheses (values, cell expressions). */
  private int nodeDepth;

  private int expressionDepth;

  /** Open braces seen so far, in this file and all it includes. */
  private int nodes;

  IncludingTokenSource(
      DtsLexer main,
      Map<CharStream, Locator> locators,
      ThrowingErrorListener errors,
      BiFunction<String, Token, Path> resolver,
      SourceCache cache) {
    lexers.push(main);
    this.locators = locators;
    this.errors = errors;
    this.resolver = resolver;
    this.cache = cache;
  }

  @Override
  public Token nextToken() {
    while (true) {
      DtsLexer top = lexers.peek();
      Token t = top.nextToken();
      switch (t.getType()) {
        case DtsLexer.INCLUDE:
          open(t, top);
          continue;
        case Token.EOF:
          if (lexers.size() > 1) {
            lexers.pop();
            lexers.peek().mode(top._mode);
            continue;
          }
          return t;
        case DtsLexer.LBRACE:
          if (++nodeDepth > MAX_NODE_DEPTH) {
            throw new InputException(
                errors.locate(t), "nodes nested more than " + MAX_NODE_DEPTH + " deep");
          }
          if (++nodes > MAX_DT_NODES) {
            throw tooManyNodes(errors.locate(t));
          }
          return t;
        case DtsLexer.LBRACK:
        case DtsLexer.LPAREN:
          if (++expressionDepth > MAX_EXPRESSION_DEPTH) {
            throw new InputException(
                errors.locate(t),
                "brackets and parentheses nested more than " + MAX_EXPRESSION_DEPTH + " deep");
          }
          return t;
        case DtsLexer.RBRACE:
          nodeDepth--;
          return t;
        case DtsLexer.RBRACK:
        case DtsLexer.RPAREN:
          expressionDepth--;
          return t;
        default:
          return t;
      }
    }
  }

  /** The brace {@code at} opens one node more than {@link InputLimits#MAX_DT_NODES}. */
  static InputException tooManyNodes(Position at) {
    return new InputException(at, "more than " + MAX_DT_NODES + " nodes in a device tree");
  }

  private void open(Token directive, DtsLexer includer) {
    if (lexers.size() >= MAX_INCLUDE_DEPTH) {
      throw new InputException(
          errors.locate(directive),
          "/include/ nested more than " + MAX_INCLUDE_DEPTH + " deep (an include cycle?)");
    }
    String text = directive.getText();
    String name = Escapes.decode(text.substring(text.indexOf('"') + 1, text.length() - 1));
    Path file = resolver.apply(name, directive);
    String content = cache.text(file, errors.locate(directive));
    CharStream input = CharStreams.fromString(content, file.toString());
    locators.put(input, Locator.direct(file.toString()));
    DtsLexer lexer = new DtsLexer(input);
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    lexer.mode(includer._mode);
    lexers.push(lexer);
  }

  @Override
  public int getLine() {
    return lexers.peek().getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return lexers.peek().getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return lexers.peek().getInputStream();
  }

  @Override
  public String getSourceName() {
    return lexers.peek().getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    lexers.forEach(l -> l.setTokenFactory(factory));
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return lexers.peek().getTokenFactory();
  }
}
