package org.kclint.resolve;

import org.kclint.config.DotConfigWriter;
import org.kclint.kconfig.SymbolType;

/**
 * conf.c's check_conf for listnewconfig and helpnewconfig: every visible entry whose symbol the
 * input left without a value and that the user could change, in menu order, printed as {@code
 * CONFIG_X=value} or, with help, as menuconfig's help screen between {@code -----} lines.
 */
final class NewSymbols {
  private final Evaluator ev;
  private final boolean help;
  private final StringBuilder out = new StringBuilder();

  NewSymbols(Evaluator ev, boolean help) {
    this.ev = ev;
    this.help = help;
  }

  /** What conf prints on stdout. */
  String list() {
    check(ev.model().root());
    return out.toString();
  }

  private void check(Menu menu) {
    if (!ev.menuVisible(menu)) {
      return;
    }
    KSymbol sym = menu.sym;
    if (sym != null
        && !sym.hasValue()
        && (ev.isChangeable(sym) || (sym.isChoice() && sym.currTri == Tri.YES))) {
      if (help) {
        out.append("-----\n\n").append(SymbolHelp.of(ev.model(), ev, menu)).append("\n-----\n");
      } else if (sym.name != null && sym.type != SymbolType.UNKNOWN) {
        out.append("CONFIG_").append(sym.name).append('=').append(listValue(sym)).append('\n');
      }
    }
    for (Menu child = menu.list; child != null; child = child.next) {
      check(child);
    }
  }

  /** print_symbol_for_listconfig: n spelled out, strings quoted and escaped. */
  private static String listValue(KSymbol sym) {
    String value = sym.stringValue();
    return switch (sym.type) {
      case STRING -> DotConfigWriter.quote(value);
      default -> value;
    };
  }
}
