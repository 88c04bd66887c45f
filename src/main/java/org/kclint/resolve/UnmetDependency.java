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
    b.append(ExprPrinter.reverseDependencies(ev, sym.revDep, Tri.YES, "  Selected by [y]:\n"));
    b.append(ExprPrinter.reverseDependencies(ev, sym.revDep, Tri.MOD, "  Selected by [m]:\n"));
    return new ConfMessage(
        ConfMessage.Kind.UNMET_DEPENDENCY, Optional.empty(), sym.displayName(), b.toString());
  }
}
