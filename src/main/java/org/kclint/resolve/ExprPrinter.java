package org.kclint.resolve;

import org.kclint.resolve.KExpr.Type;

/**
 * conf's expr_print: an expression in Kconfig syntax with conf's parenthesization, optionally with
 * each symbol's current value ({@code FOO [=y]}) as conf prints it in its warnings.
 */
final class ExprPrinter {
  private final boolean withValues;
  private final StringBuilder out = new StringBuilder();

  private ExprPrinter(boolean withValues) {
    this.withValues = withValues;
  }

  static String plain(KExpr e) {
    ExprPrinter p = new ExprPrinter(false);
    p.print(e, Type.NONE);
    return p.out.toString();
  }

  static String withValues(KExpr e) {
    ExprPrinter p = new ExprPrinter(true);
    p.print(e, Type.NONE);
    return p.out.toString();
  }

  /** expr_compare_type: whether an operand of type t2 under t1 needs parentheses. */
  private static boolean needsParens(Type t1, Type t2) {
    if (t1 == t2) {
      return false;
    }
    int level =
        switch (t1) {
          case LEQ, LTH, GEQ, GTH -> 0;
          case EQUAL, UNEQUAL -> 1;
          case NOT -> 2;
          case AND -> 3;
          case OR -> 4;
          case LIST -> 5;
          default -> 6;
        };
    Type[] chain = {Type.EQUAL, Type.NOT, Type.AND, Type.OR, Type.LIST, Type.NONE};
    for (int i = level; i < chain.length; i++) {
      if (t2 == chain[i] || (i == 0 && t2 == Type.UNEQUAL)) {
        return true;
      }
    }
    return false;
  }

  /**
   * expr_print_gstr_helper: a value after each symbol that has a type; expr_print names a choice
   * {@code <choice>} and gives it no value.
   */
  private void symbol(KSymbol sym) {
    out.append(sym.displayName());
    if (withValues && sym.name != null && sym.type != org.kclint.kconfig.SymbolType.UNKNOWN) {
      out.append(" [=").append(sym.stringValue()).append(']');
    }
  }

  /**
   * expr_print_revdep: each top-level || operand of {@code e} whose value is {@code value}, one per
   * line under {@code title}; nothing when none has it.
   */
  static String reverseDependencies(Evaluator ev, KExpr e, int value, String title) {
    StringBuilder b = new StringBuilder();
    reverseDependencies(ev, b, e, value);
    return b.length() == 0 ? "" : title + b;
  }

  private static void reverseDependencies(Evaluator ev, StringBuilder b, KExpr e, int value) {
    if (e.type == Type.OR) {
      reverseDependencies(ev, b, e.left, value);
      reverseDependencies(ev, b, e.right, value);
    } else if (ev.exprValue(e) == value) {
      b.append("  - ").append(withValues(e)).append('\n');
    }
  }

  private void print(KExpr e, Type prev) {
    if (e == null) {
      out.append('y');
      return;
    }
    boolean parens = needsParens(prev, e.type);
    if (parens) {
      out.append('(');
    }
    switch (e.type) {
      case SYMBOL -> symbol(e.leftSym);
      case NOT -> {
        out.append('!');
        print(e.left, Type.NOT);
      }
      case EQUAL, LEQ, LTH, GEQ, GTH, UNEQUAL -> {
        symbol(e.leftSym);
        out.append(
            switch (e.type) {
              case EQUAL -> "=";
              case LEQ -> "<=";
              case LTH -> "<";
              case GEQ -> ">=";
              case GTH -> ">";
              default -> "!=";
            });
        symbol(e.rightSym);
      }
      case OR -> {
        print(e.left, Type.OR);
        out.append(" || ");
        print(e.right, Type.OR);
      }
      case AND -> {
        print(e.left, Type.AND);
        out.append(" && ");
        print(e.right, Type.AND);
      }
      case RANGE -> {
        out.append('[');
        symbol(e.leftSym);
        out.append(' ');
        symbol(e.rightSym);
        out.append(']');
      }
      default -> out.append("<unknown type ").append(e.type).append('>');
    }
    if (parens) {
      out.append(')');
    }
  }
}
