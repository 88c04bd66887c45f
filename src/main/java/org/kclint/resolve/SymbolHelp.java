package org.kclint.resolve;

import java.util.ArrayList;
import java.util.List;
import org.kclint.kconfig.SymbolType;

/**
 * menuconfig's help screen for a symbol (menu.c: menu_get_ext_help and get_symbol_str): its help
 * text, value, type, range, every definition with its prompt, dependencies and menu location, and
 * what selects and implies it, with each symbol's current value.
 */
final class SymbolHelp {
  private static final String NO_HELP = "There is no help available for this option.";

  /** get_prompt_str stops climbing after this many menus. */
  private static final int MAX_LOCATION_DEPTH = 8;

  private final ConfTree model;
  private final Evaluator ev;
  private final ExprSimplifier simplifier = new ExprSimplifier();
  private final StringBuilder out = new StringBuilder();

  private SymbolHelp(ConfTree model, Evaluator ev) {
    this.model = model;
    this.ev = ev;
  }

  /**
   * The help screen of {@code sym} as menuconfig shows it for the symbol's first menu entry with
   * help text (or its first entry, when none has any).
   */
  static String of(ConfTree model, Evaluator ev, KSymbol sym) {
    List<Menu> menus = new ArrayList<>();
    collect(model.root().list, sym, menus);
    Menu shown =
        menus.stream()
            .filter(m -> m.help != null)
            .findFirst()
            .orElse(menus.isEmpty() ? null : menus.get(0));
    return of(model, ev, sym, shown, menus);
  }

  /** menu_get_ext_help for one menu entry of a symbol, as helpnewconfig prints it. */
  static String of(ConfTree model, Evaluator ev, Menu entry) {
    List<Menu> menus = new ArrayList<>();
    collect(model.root().list, entry.sym, menus);
    return of(model, ev, entry.sym, entry, menus);
  }

  private static String of(
      ConfTree model, Evaluator ev, KSymbol sym, Menu shown, List<Menu> menus) {
    SymbolHelp h = new SymbolHelp(model, ev);
    if (shown != null && shown.help != null) {
      if (sym.name != null) {
        h.out.append("CONFIG_").append(sym.name).append(":\n\n");
      }
      h.out.append(shown.help).append('\n');
    } else {
      h.out.append(NO_HELP).append('\n');
    }
    h.symbol(sym, menus);
    return h.out.toString();
  }

  /** The menus that define {@code sym}, in the order conf lists its P_SYMBOL properties. */
  private static void collect(Menu m, KSymbol sym, List<Menu> out) {
    for (; m != null; m = m.next) {
      if (m.sym == sym) {
        out.add(m);
      }
      collect(m.list, sym, out);
    }
  }

  /** get_symbol_str. */
  private void symbol(KSymbol sym, List<Menu> menus) {
    if (sym.name != null) {
      out.append("Symbol: ").append(sym.name).append(" [=").append(sym.stringValue()).append("]\n");
      out.append("Type  : ").append(sym.type.confName()).append('\n');
      if (sym.type == SymbolType.INT || sym.type == SymbolType.HEX) {
        for (Property p : sym.props) {
          if (p.type == Property.Type.RANGE && ev.exprValue(p.visibleExpr) != Tri.NO) {
            out.append("Range : ").append(ExprPrinter.withValues(p.expr)).append('\n');
            break;
          }
        }
      }
    }
    for (Menu m : menus) {
      if (m.prompt != null) {
        definedAt(m);
        prompt(m);
      }
    }
    for (Menu m : menus) {
      if (m.prompt == null) {
        definedAt(m);
        dependency(m.dep, "  Depends on: ");
      }
    }
    properties(sym, Property.Type.SELECT, "Selects: ");
    reverse(sym.revDep, "Selected by");
    properties(sym, Property.Type.IMPLY, "Implies: ");
    reverse(sym.implied, "Implied by");
    out.append("\n\n");
  }

  /** The symbols that select or imply this one, grouped by the value each gives it (y, m, n). */
  private void reverse(KExpr e, String title) {
    if (e != null) {
      for (int value : new int[] {Tri.YES, Tri.MOD, Tri.NO}) {
        out.append(
            ExprPrinter.reverseDependencies(
                ev, e, value, title + " [" + Tri.spelling(value) + "]:\n"));
      }
    }
  }

  private void definedAt(Menu m) {
    out.append("Defined at ")
        .append(m.position.file())
        .append(':')
        .append(m.position.line())
        .append('\n');
  }

  /** get_prompt_str, without menuconfig's jump keys. */
  private void prompt(Menu m) {
    Property prompt = m.prompt;
    out.append("  Prompt: ").append(prompt.text).append('\n');
    dependency(m.dep, "  Depends on: ");
    // Printed only where visibility differs from the dependencies: an inline "if" or a
    // parent's "visible if".
    if (!simplifier.eq(m.dep, prompt.visibleExpr)) {
      dependency(prompt.visibleExpr, "  Visible if: ");
    }
    List<Menu> path = new ArrayList<>();
    for (Menu up = m; up != model.root() && path.size() < MAX_LOCATION_DEPTH; up = up.parent) {
      path.add(up);
    }
    out.append("  Location:\n");
    int indent = 4;
    for (int i = path.size() - 1; i >= 0; i--, indent += 2) {
      Menu level = path.get(i);
      out.append(" ".repeat(indent)).append("-> ").append(promptOf(level));
      if (level.sym != null) {
        out.append(" (")
            .append(level.sym.displayName())
            .append(" [=")
            .append(level.sym.stringValue())
            .append("])");
      }
      out.append('\n');
    }
  }

  /** menu_get_prompt; C prints a missing prompt as "(null)". */
  private static String promptOf(Menu m) {
    if (m.prompt != null) {
      return m.prompt.text;
    }
    return m.sym != null ? m.sym.displayName() : "(null)";
  }

  /** get_dep_str. */
  private void dependency(KExpr e, String prefix) {
    if (!KExpr.isYes(e)) {
      out.append(prefix).append(ExprPrinter.withValues(e)).append('\n');
    }
  }

  /** get_symbol_props_str. */
  private void properties(KSymbol sym, Property.Type type, String prefix) {
    boolean hit = false;
    for (Property p : sym.props) {
      if (p.type == type) {
        out.append(hit ? " && " : prefix).append(ExprPrinter.withValues(p.expr));
        hit = true;
      }
    }
    if (hit) {
      out.append('\n');
    }
  }
}
