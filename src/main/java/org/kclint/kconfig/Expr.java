package org.kclint.kconfig;

/**
 * A Kconfig expression exactly as written, after macro expansion: no simplification, so that
 * explanations can quote it and the resolver can apply the kernel's own rewriting.
 *
 * <p>Operands follow the kernel's lexer: the words {@code y}, {@code m}, {@code n} and every quoted
 * string are {@link Const}; every other word (including numbers such as {@code 32} or {@code 0x10})
 * is a {@link Sym}, which may name a defined symbol or nothing at all.
 */
public sealed interface Expr {

  /** The constant {@code y}, used where Kconfig has no condition. */
  Expr YES = new Const("y");

  /** An unquoted word other than y/m/n: a symbol reference by name. */
  record Sym(String name) implements Expr {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A constant: {@code y}, {@code m}, {@code n}, or a quoted string's text (unescaped). */
  record Const(String value) implements Expr {
    public boolean isTristate() {
      return value.equals("y") || value.equals("m") || value.equals("n");
    }

    @Override
    public String toString() {
      return isTristate() ? value : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }

  record Not(Expr operand) implements Expr {
    @Override
    public String toString() {
      return "!" + Expr.paren(operand, this);
    }
  }

  record And(Expr left, Expr right) implements Expr {
    @Override
    public String toString() {
      return Expr.paren(left, this) + " && " + Expr.paren(right, this);
    }
  }

  record Or(Expr left, Expr right) implements Expr {
    @Override
    public String toString() {
      return Expr.paren(left, this) + " || " + Expr.paren(right, this);
    }
  }

  /** {@code left OP right}; both sides are {@link Sym} or {@link Const}, as the grammar allows. */
  record Compare(CompareOp op, Expr left, Expr right) implements Expr {
    @Override
    public String toString() {
      return left + op.spelling() + right;
    }
  }

  enum CompareOp {
    EQUAL("="),
    UNEQUAL("!="),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">=");

    private final String spelling;

    CompareOp(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }
  }

  /** {@code a && b}, leaving out a {@link #YES} side so that absent conditions add nothing. */
  static Expr and(Expr a, Expr b) {
    if (a.equals(YES)) {
      return b;
    }
    if (b.equals(YES)) {
      return a;
    }
    return new And(a, b);
  }

  private static String paren(Expr inner, Expr outer) {
    int innerRank = rank(inner);
    String text = inner.toString();
    return innerRank < rank(outer) ? "(" + text + ")" : text;
  }

  private static int rank(Expr e) {
    if (e instanceof Or) {
      return 1;
    }
    if (e instanceof And) {
      return 2;
    }
    if (e instanceof Not) {
      return 4;
    }
    return e instanceof Compare ? 3 : 5;
  }
}
