package org.kclint.resolve;

import java.util.ArrayList;
import java.util.List;
import org.kclint.kconfig.SymbolType;

/**
 * Why a symbol has the value conf gives it for a config, in the terms of its Kconfig entries: set
 * by the config, selected by other symbols, hidden behind a failing dependency, taken from a
 * default, or picked by its choice; each condition printed with its operands' values.
 */
final class ValueReason {
  private final Evaluator ev;

  ValueReason(Evaluator ev) {
    this.ev = ev;
  }

  String of(KSymbol sym) {
    ev.calcValue(sym);
    List<String> parts = new ArrayList<>();
    Property prompt = DropExplainer.firstPrompt(sym);
    boolean userSet = (sym.flags & KSymbol.DEF_USER) != 0;
    if (sym.isChoiceValue() && sym.choice != null) {
      ev.calcValue(sym.choice);
      String chosen =
          sym.choice.currVal instanceof KSymbol c ? c.displayName() : "no member (it is n)";
      parts.add("its choice picks " + chosen);
    } else if (prompt == null) {
      parts.add("it has no prompt, so the config cannot set it");
    } else if (sym.visible == Tri.NO) {
      parts.add("its prompt is hidden: depends on " + ExprPrinter.withValues(prompt.visibleExpr));
    } else if (userSet) {
      parts.add("the config sets it");
    } else {
      parts.add("the config does not set it");
    }
    if (isTristate(sym) && sym.revDep != null) {
      parts.add(
          (sym.revDepTri != Tri.NO ? "selected by " : "not selected (by ")
              + ExprPrinter.withValues(sym.revDep)
              + (sym.revDepTri != Tri.NO ? "" : ")"));
    }
    if (!userSet || sym.visible == Tri.NO || prompt == null) {
      Property def = ev.defaultProperty(sym);
      List<String> defaults =
          sym.props.stream()
              .filter(p -> p.type == Property.Type.DEFAULT)
              .map(ValueReason::defaultText)
              .toList();
      if (def != null) {
        parts.add(defaultText(def));
      } else if (!defaults.isEmpty()) {
        parts.add("no default applies (" + String.join(", ", defaults) + ")");
      } else if (prompt == null && sym.dirDep != null && sym.dirDepTri == Tri.NO) {
        parts.add("depends on " + ExprPrinter.withValues(sym.dirDep));
      }
    }
    return String.join("; ", parts);
  }

  private static String defaultText(Property def) {
    String condition =
        def.visibleExpr == null || isConstantYes(def.visibleExpr)
            ? ""
            : " if " + ExprPrinter.withValues(def.visibleExpr);
    return "default " + ExprPrinter.withValues(def.expr) + condition;
  }

  private static boolean isTristate(KSymbol sym) {
    return sym.type == SymbolType.BOOL || sym.type == SymbolType.TRISTATE;
  }

  private static boolean isConstantYes(KExpr e) {
    return e.type == KExpr.Type.SYMBOL && e.leftSym == KSymbol.YES;
  }
}
