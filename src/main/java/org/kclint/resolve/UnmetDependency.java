package org.kclint.resolve;

import java.util.Optional;

/** conf's sym_warn_unmet_dep: the warning for a symbol selected despite unmet dependencies. */
final class UnmetDependency {
  private UnmetDependency() {}

  static ConfMessage message(Evaluator ev, KSymbol sym) {
    StringBuilder b = new StringBuilder();
    b.append("WARNING: unmet direct dependencies detected for ").append(sym.displayName());
    b.append("\n  Depends on [").append(sym.dirDepTri == Tri.MOD ? 'm' : 'n').append("]: ");
    b.append(ExprPrinter.withValues(sym.dirDep)).append('\n');
    appendSelectors(ev, b, sym.revDep, Tri.YES, "  Selected by [y]:\n");
    appendSelectors(ev, b, sym.revDep, Tri.MOD, "  Selected by [m]:\n");
    return new ConfMessage(
        ConfMessage.Kind.UNMET_DEPENDENCY, Optional.empty(), sym.displayName(), b.toString());
  }

  /** expr_print_revdep: each top-level || operand with the given value, one per line. */
  private static void appendSelectors(
      Evaluator ev, StringBuilder b, KExpr e, int value, String title) {
    boolean[] titled = {false};
    appendSelectors(ev, b, e, value, title, titled);
  }

  private static void appendSelectors(
      Evaluator ev, StringBuilder b, KExpr e, int value, String title, boolean[] titled) {
    if (e.type == KExpr.Type.OR) {
      appendSelectors(ev, b, e.left, value, title, titled);
      appendSelectors(ev, b, e.right, value, title, titled);
    } else if (ev.exprValue(e) == value) {
      if (!titled[0]) {
        b.append(title);
        titled[0] = true;
      }
      b.append("  - ").append(ExprPrinter.withValues(e)).append('\n');
    }
  }
}
