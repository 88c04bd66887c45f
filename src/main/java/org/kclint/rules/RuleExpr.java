package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * A rule condition or scenario parameter over Kconfig symbols, board facts and the kernel version,
 * as written in the rule file. {@link Evaluation} gives it a three-valued meaning.
 */
public sealed interface RuleExpr {

  record Symbol(String name) implements RuleExpr {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code board.NAME}: a fact about the hardware, possibly unknown. */
  record Fact(String name) implements RuleExpr {
    @Override
    public String toString() {
      return "board." + name;
    }
  }

  /**
   * {@code known(board.NAME)}: whether the board gives the fact, true or false but never unknown,
   * for a hazard that holds unless a fact shows otherwise (a core revision known to be fixed).
   */
  record Known(String name) implements RuleExpr {
    @Override
    public String toString() {
      return "known(board." + name + ")";
    }
  }

  /** {@code kernel}: the version of the kernel the configuration is for. */
  record Kernel() implements RuleExpr {
    @Override
    public String toString() {
      return "kernel";
    }
  }

  record Literal(RuleValue value) implements RuleExpr {
    @Override
    public String toString() {
      return value.toString();
    }
  }

  record Not(RuleExpr operand) implements RuleExpr {
    @Override
    public String toString() {
      return "!" + RuleExpr.paren(operand, 5);
    }
  }

  record And(RuleExpr left, RuleExpr right) implements RuleExpr {
    @Override
    public String toString() {
      return RuleExpr.paren(left, 2) + " && " + RuleExpr.paren(right, 2);
    }
  }

  record Or(RuleExpr left, RuleExpr right) implements RuleExpr {
    @Override
    public String toString() {
      return RuleExpr.paren(left, 1) + " || " + RuleExpr.paren(right, 1);
    }
  }

  record Compare(CompareOp op, RuleExpr left, RuleExpr right) implements RuleExpr {
    @Override
    public String toString() {
      return RuleExpr.paren(left, 4) + " " + op.spelling + " " + RuleExpr.paren(right, 4);
    }
  }

  /** {@code term in {a, b, …}}: equal to one of the listed values. */
  record In(RuleExpr term, ImmutableList<RuleValue> values) implements RuleExpr {
    @Override
    public String toString() {
      return RuleExpr.paren(term, 4)
          + " in {"
          + values.stream().map(RuleValue::toString).collect(Collectors.joining(", "))
          + "}";
    }
  }

  /** Addition or subtraction of numbers, for address-space arithmetic such as lowmem size. */
  record Arith(boolean plus, RuleExpr left, RuleExpr right) implements RuleExpr {
    @Override
    public String toString() {
      return RuleExpr.paren(left, 4) + (plus ? " + " : " - ") + RuleExpr.paren(right, 5);
    }
  }

  /** {@code test ? then : otherwise}: picks a value, e.g. an enum parameter of a scenario. */
  record Choice(RuleExpr test, RuleExpr then, RuleExpr otherwise) implements RuleExpr {
    @Override
    public String toString() {
      return RuleExpr.paren(test, 1) + " ? " + RuleExpr.paren(then, 1) + " : " + otherwise;
    }
  }

  enum CompareOp {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String spelling;

    CompareOp(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }

    boolean holds(int comparison) {
      return switch (this) {
        case EQ -> comparison == 0;
        case NE -> comparison != 0;
        case LT -> comparison < 0;
        case LE -> comparison <= 0;
        case GT -> comparison > 0;
        case GE -> comparison >= 0;
      };
    }
  }

  private static String paren(RuleExpr e, int outer) {
    return rank(e) < outer ? "(" + e + ")" : e.toString();
  }

  private static int rank(RuleExpr e) {
    if (e instanceof Choice) {
      return 0;
    }
    if (e instanceof Or) {
      return 1;
    }
    if (e instanceof And) {
      return 2;
    }
    if (e instanceof Compare || e instanceof In) {
      return 3;
    }
    if (e instanceof Arith) {
      return 4;
    }
    return e instanceof Not ? 5 : 6;
  }
}
