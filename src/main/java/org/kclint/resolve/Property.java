package org.kclint.resolve;

import org.kclint.diag.Position;

/**
 * conf's {@code struct property}: one entry, prompt, default, select, imply or range of a symbol.
 */
final class Property {
  enum Type {
    /** P_SYMBOL: one per entry defining the symbol; its condition is the entry's dependency. */
    SYMBOL,
    PROMPT,
    COMMENT,
    MENU,
    DEFAULT,
    SELECT,
    IMPLY,
    RANGE
  }

  Type type;

  /** Prompt text for PROMPT, MENU and COMMENT; null otherwise. */
  final String text;

  /** The condition, after menu_finalize including everything the entry inherits. */
  KExpr visibleExpr;

  int visibleTri;

  /** DEFAULT: the value; SELECT/IMPLY: the target symbol; RANGE: {@code E_RANGE low high}. */
  final KExpr expr;

  final Menu menu;
  final Position position;

  Property(Type type, String text, KExpr expr, KExpr visibleExpr, Menu menu, Position position) {
    this.type = type;
    this.text = text;
    this.expr = expr;
    this.visibleExpr = visibleExpr;
    this.menu = menu;
    this.position = position;
  }

  /** prop_get_symbol: the symbol of a single-symbol expression, else null. */
  KSymbol symbol() {
    return expr != null && expr.type == KExpr.Type.SYMBOL ? expr.leftSym : null;
  }
}
