package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.config.ConfigDocument;
import org.kclint.config.ConfigDocument.ValueType;
import org.kclint.kconfig.SymbolType;

/**
 * confdata.c's conf_write_defconfig (savedefconfig): in menu order, each symbol the user can change
 * whose value differs from its default, leaving out a non-optional choice's default value when it
 * is the y one. The document holds values only.
 */
final class MinimalConfig {
  private MinimalConfig() {}

  static ConfigDocument of(Evaluator ev) {
    ImmutableList.Builder<ConfigDocument.Item> items = ImmutableList.builder();
    ev.clearAllValid();
    Menu root = ev.model().root();
    Menu menu = root.list;
    while (menu != null) {
      KSymbol sym = menu.sym;
      if (sym == null) {
        // Evaluated as conf does (it computes what the condition names), then walked into
        // whether visible or not.
        ev.menuVisible(menu);
      } else if (!sym.isChoice() && kept(ev, sym)) {
        items.add(value(sym));
      }
      if (menu.list != null) {
        menu = menu.list;
      } else if (menu.next != null) {
        menu = menu.next;
      } else {
        menu = up(menu);
      }
    }
    return new ConfigDocument(root.prompt.text, items.build());
  }

  private static Menu up(Menu menu) {
    while ((menu = menu.parent) != null) {
      if (menu.next != null) {
        return menu.next;
      }
    }
    return null;
  }

  private static boolean kept(Evaluator ev, KSymbol sym) {
    ev.calcValue(sym);
    if ((sym.flags & KSymbol.WRITE) == 0) {
      return false;
    }
    sym.flags &= ~KSymbol.WRITE;
    if (!ev.isChangeable(sym) || sym.type == SymbolType.UNKNOWN) {
      return false;
    }
    if (sym.stringValue().equals(ev.stringDefault(sym))) {
      return false;
    }
    if (sym.isChoiceValue()) {
      KSymbol choice = sym.choice;
      KSymbol def = ev.choiceDefault(choice);
      return choice.isOptional()
          || sym != def
          || sym.type != SymbolType.BOOL
          || sym.currTri != Tri.YES;
    }
    return true;
  }

  private static ConfigDocument.Value value(KSymbol sym) {
    ValueType type =
        switch (sym.type) {
          case STRING -> ValueType.STRING;
          case INT, HEX -> ValueType.NUMBER;
          default -> ValueType.TRISTATE;
        };
    return new ConfigDocument.Value(sym.name, type, sym.stringValue());
  }
}
