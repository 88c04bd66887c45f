package org.kclint.resolve;

import org.kclint.diag.Position;

/**
 * conf's {@code struct menu}, linked as conf links it so that menu_finalize's automatic submenus
 * and if-flattening can be ported step by step.
 */
final class Menu {
  Menu next;
  Menu parent;
  Menu list;
  final KSymbol sym;
  Property prompt;
  KExpr visibility;
  KExpr dep;

  /** The help text as the lexer collects it (each line ending in a newline); null without. */
  String help;

  final Position position;

  Menu(KSymbol sym, Menu parent, Position position) {
    this.sym = sym;
    this.parent = parent;
    this.position = position;
  }
}
