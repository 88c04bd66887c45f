package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.config.ConfigDocument;
import org.kclint.config.ConfigDocument.ValueType;

/**
 * conf's conf_write() walk: the menu tree in order, a heading for each visible menu and comment,
 * each written symbol's value once, and an end line after each visible menu.
 */
final class ConfigDumper {
  private final Evaluator ev;
  private final ImmutableList.Builder<ConfigDocument.Item> items = ImmutableList.builder();

  private ConfigDumper(Evaluator ev) {
    this.ev = ev;
  }

  static ConfigDocument dump(Evaluator ev) {
    return new ConfigDumper(ev).walk();
  }

  private ConfigDocument walk() {
    ConfTree model = ev.model();
    Menu root = model.root();
    if (!ev.changed) {
      ev.clearAllValid();
    }
    Menu menu = root.list;
    while (menu != null) {
      visit(menu);
      if (menu.list != null) {
        menu = menu.list;
        continue;
      }
      while (true) {
        if (menu.sym == null
            && menu != root
            && ev.menuVisible(menu)
            && menu.prompt.type == Property.Type.MENU) {
          items.add(new ConfigDocument.MenuEnd(menu.prompt.text));
        }
        if (menu.next != null) {
          menu = menu.next;
          break;
        }
        menu = menu.parent;
        if (menu == null) {
          break;
        }
      }
    }
    for (KSymbol sym : model.symbols()) {
      sym.flags &= ~KSymbol.WRITTEN;
    }
    return new ConfigDocument(root.prompt.text, items.build());
  }

  private void visit(Menu menu) {
    KSymbol sym = menu.sym;
    if (sym == null) {
      if (ev.menuVisible(menu)) {
        items.add(new ConfigDocument.MenuStart(menu.prompt.text));
      }
      return;
    }
    if ((sym.flags & (KSymbol.CHOICE | KSymbol.WRITTEN)) != 0) {
      return;
    }
    ev.calcValue(sym);
    if ((sym.flags & KSymbol.WRITE) == 0) {
      return;
    }
    sym.flags |= KSymbol.WRITTEN;
    ValueType type =
        switch (sym.type) {
          case BOOL, TRISTATE -> ValueType.TRISTATE;
          case STRING -> ValueType.STRING;
          case INT, HEX -> ValueType.NUMBER;
          case UNKNOWN -> null;
        };
    if (type != null) {
      items.add(new ConfigDocument.Value(sym.name, type, sym.stringValue()));
    }
  }
}
