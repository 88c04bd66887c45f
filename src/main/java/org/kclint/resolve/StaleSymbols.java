package org.kclint.resolve;

import java.util.List;
import java.util.Set;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.Position;
import org.kclint.kconfig.SymbolType;

/**
 * conf's listnewconfig (check_conf): symbols the user could set that the config does not mention,
 * walking the visible menu tree.
 */
final class StaleSymbols {
  private final Evaluator ev;
  private final String file;
  private final Set<String> mentioned;
  private final List<KconfigIssue> issues;

  /** {@code mentioned}: the names the config assigns, valid or not, which are never new. */
  StaleSymbols(Evaluator ev, String file, Set<String> mentioned, List<KconfigIssue> issues) {
    this.ev = ev;
    this.file = file;
    this.mentioned = mentioned;
    this.issues = issues;
  }

  void check() {
    check(ev.model().root());
  }

  private void check(Menu menu) {
    if (!isVisible(menu)) {
      return;
    }
    KSymbol sym = menu.sym;
    if (sym != null
        && !sym.hasValue()
        && (ev.isChangeable(sym) || (sym.isChoice() && sym.currTri == Tri.YES))
        && sym.name != null
        && !mentioned.contains(sym.name)) {
      Position at = menu.position == null ? Position.ofLine(file, 0) : menu.position;
      issues.add(new KconfigIssue.StaleConfig(at, sym.name, spelled(sym)));
    }
    for (Menu child = menu.list; child != null; child = child.next) {
      check(child);
    }
  }

  /** The value as conf writes it: a string quoted, so that an empty one shows as {@code ""}. */
  private static String spelled(KSymbol sym) {
    return sym.type == SymbolType.STRING
        ? DotConfigWriter.quote(sym.stringValue())
        : sym.stringValue();
  }

  /** menu_is_visible, including its marking of symbols whose submenu is visible. */
  private boolean isVisible(Menu menu) {
    if (menu.prompt == null) {
      return false;
    }
    if (menu.visibility != null && ev.exprValue(menu.visibility) == Tri.NO) {
      return false;
    }
    KSymbol sym = menu.sym;
    int visible;
    if (sym != null) {
      ev.calcValue(sym);
      visible = menu.prompt.visibleTri;
    } else {
      visible = menu.prompt.visibleTri = ev.exprValue(menu.prompt.visibleExpr);
    }
    if (visible != Tri.NO) {
      return true;
    }
    if (sym == null || sym.currTri == Tri.NO) {
      return false;
    }
    for (Menu child = menu.list; child != null; child = child.next) {
      if (isVisible(child)) {
        sym.flags |= KSymbol.DEF_USER;
        return true;
      }
    }
    return false;
  }
}
