package org.kclint.model;

import com.google.common.collect.ImmutableMap;

/** A condition over bound parameter values (never over the model state). */
public sealed interface Condition {

  boolean holds(ImmutableMap<String, ParamValue> parameters);

  record Not(Condition operand) implements Condition {
    @Override
    public boolean holds(ImmutableMap<String, ParamValue> parameters) {
      return !operand.holds(parameters);
    }
  }

  record And(Condition left, Condition right) implements Condition {
    @Override
    public boolean holds(ImmutableMap<String, ParamValue> parameters) {
      return left.holds(parameters) && right.holds(parameters);
    }
  }

  record Or(Condition left, Condition right) implements Condition {
    @Override
    public boolean holds(ImmutableMap<String, ParamValue> parameters) {
      return left.holds(parameters) || right.holds(parameters);
    }
  }

  /** A boolean parameter used as a condition. */
  record Flag(String parameter) implements Condition {
    @Override
    public boolean holds(ImmutableMap<String, ParamValue> parameters) {
      return parameters.get(parameter) instanceof ParamValue.Bool b && b.value();
    }
  }

  /** {@code parameter OP literal}; orderings apply to integers only, checked when parsed. */
  record Compare(String parameter, Comparison comparison, ParamValue literal) implements Condition {
    @Override
    public boolean holds(ImmutableMap<String, ParamValue> parameters) {
      ParamValue v = parameters.get(parameter);
      return switch (comparison) {
        case EQ -> v.equals(literal);
        case NE -> !v.equals(literal);
        default ->
            comparison.test(((ParamValue.Int) v).value(), ((ParamValue.Int) literal).value());
      };
    }
  }

  enum Comparison {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    boolean test(int a, int b) {
      return switch (this) {
        case EQ -> a == b;
        case NE -> a != b;
        case LT -> a < b;
        case LE -> a <= b;
        case GT -> a > b;
        case GE -> a >= b;
      };
    }
  }
}
