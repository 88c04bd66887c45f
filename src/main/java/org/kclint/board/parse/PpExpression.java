package org.kclint.board.parse;

import java.util.List;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * Evaluates the integer expression of {@code #if}/{@code #elif} once {@code defined} has been
 * replaced and macros expanded: C's operators and precedence, in {@code long} arithmetic.
 */
final class PpExpression {
  private final List<PpToken> tokens;
  private final Position directive;
  private int next;
  private int nesting;

  /** Operators and parentheses nested deeper are refused rather than risk the Java stack. */
  private static final int MAX_NESTING = InputLimits.MAX_EXPRESSION_DEPTH;

  private PpExpression(List<PpToken> tokens, Position directive) {
    this.tokens = tokens;
    this.directive = directive;
  }

  static long evaluate(List<PpToken> tokens, Position directive) {
    PpExpression e = new PpExpression(tokens, directive);
    if (tokens.isEmpty()) {
      throw new InputException(directive, "#if with no expression");
    }
    long value = e.conditional();
    if (e.next < tokens.size()) {
      throw e.error("missing binary operator before '" + tokens.get(e.next).text() + "'");
    }
    return value;
  }

  private long conditional() {
    long condition = binary(0);
    if (accept("?")) {
      long then = conditional();
      expect(":");
      long otherwise = conditional();
      return condition != 0 ? then : otherwise;
    }
    return condition;
  }

  private static final String[][] LEVELS = {
    {"||"},
    {"&&"},
    {"|"},
    {"^"},
    {"&"},
    {"==", "!="},
    {"<", ">", "<=", ">="},
    {"<<", ">>"},
    {"+", "-"},
    {"*", "/", "%"}
  };

  private long binary(int level) {
    if (level == LEVELS.length) {
      return unary();
    }
    long left = binary(level + 1);
    while (true) {
      String op = matchOperator(LEVELS[level]);
      if (op == null) {
        return left;
      }
      PpToken at = tokens.get(next - 1);
      long right = binary(level + 1);
      left = apply(op, left, right, at);
    }
  }

  private long apply(String op, long a, long b, PpToken at) {
    switch (op) {
      case "||":
        return (a != 0 || b != 0) ? 1 : 0;
      case "&&":
        return (a != 0 && b != 0) ? 1 : 0;
      case "|":
        return a | b;
      case "^":
        return a ^ b;
      case "&":
        return a & b;
      case "==":
        return a == b ? 1 : 0;
      case "!=":
        return a != b ? 1 : 0;
      case "<":
        return a < b ? 1 : 0;
      case ">":
        return a > b ? 1 : 0;
      case "<=":
        return a <= b ? 1 : 0;
      case ">=":
        return a >= b ? 1 : 0;
      case "<<":
        return a << b;
      case ">>":
        return a >> b;
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      default:
        if (b == 0) {
          throw new InputException(at.position(), "division by zero in #if");
        }
        return op.equals("/") ? a / b : a % b;
    }
  }

  private long unary() {
    if (++nesting > MAX_NESTING) {
      throw error("#if expression nested more than " + MAX_NESTING + " deep");
    }
    try {
      return unaryOperand();
    } finally {
      nesting--;
    }
  }

  private long unaryOperand() {
    if (accept("-")) {
      return -unary();
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      return ~unary();
    }
    if (accept("!")) {
      return unary() == 0 ? 1 : 0;
    }
    return primary();
  }

  private long primary() {
    if (next >= tokens.size()) {
      throw new InputException(directive, "#if expression ends too early");
    }
    PpToken t = tokens.get(next++);
    if (t.is("(")) {
      long value = conditional();
      expect(")");
      return value;
    }
    if (t.kind() == PpToken.Kind.NUMBER) {
      return integer(t);
    }
    if (t.kind() == PpToken.Kind.CHAR) {
      return character(t);
    }
    throw new InputException(
        t.position(), "token '" + t.text() + "' is not valid in preprocessor expressions");
  }

  static long integer(PpToken t) {
    String s = t.text();
    int end = s.length();
    while (end > 0 && "uUlL".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    String digits = s.substring(0, end);
    try {
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        return Long.parseUnsignedLong(digits.substring(2), 16);
      }
      if (digits.length() > 1 && digits.startsWith("0")) {
        return Long.parseUnsignedLong(digits.substring(1), 8);
      }
      return Long.parseUnsignedLong(digits);
    } catch (NumberFormatException e) {
      throw new InputException(t.position(), "invalid integer constant '" + s + "' in #if");
    }
  }

  private static long character(PpToken t) {
    String body = t.text().substring(1, t.text().length() - 1);
    if (body.isEmpty()) {
      throw new InputException(t.position(), "empty character constant");
    }
    return Escapes.decode(body).charAt(0);
  }

  private String matchOperator(String[] ops) {
    if (next >= tokens.size()) {
      return null;
    }
    PpToken t = tokens.get(next);
    if (t.kind() != PpToken.Kind.PUNCTUATOR) {
      return null;
    }
    for (String op : ops) {
      if (t.text().equals(op)) {
        next++;
        return op;
      }
    }
    return null;
  }

  private boolean accept(String punctuator) {
    if (next < tokens.size() && tokens.get(next).is(punctuator)) {
      next++;
      return true;
    }
    return false;
  }

  private void expect(String punctuator) {
    if (!accept(punctuator)) {
      throw error("expected '" + punctuator + "' in #if expression");
    }
  }

  private InputException error(String message) {
    Position at = next < tokens.size() ? tokens.get(next).position() : directive;
    return new InputException(at, message);
  }
}
