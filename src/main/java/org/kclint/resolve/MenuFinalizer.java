package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.kconfig.SymbolType;
import org.kclint.resolve.KExpr.Type;

/**
 * conf's menu_finalize: propagates the dependencies of enclosing menus, ifs and choices into every
 * entry and property (rewriting {@code m} to {@code m && MODULES} and simplifying as conf does),
 * builds dir_dep, rev_dep (select) and implied, types and links choice values, nests entries under
 * the symbol they depend on and flattens ifs. Ported step for step.
 */
final class MenuFinalizer {
  private final ExprSimplifier simplifier = new ExprSimplifier();
  private final KSymbol modulesSym;
  private final MenuWarnings warnings = new MenuWarnings();

  MenuFinalizer(KSymbol modulesSym) {
    this.modulesSym = modulesSym;
  }

  /** What menu_finalize warned about, in its order. */
  ImmutableList<ConfMessage> warnings() {
    return warnings.messages();
  }

  /** rewrite_m: {@code m} becomes {@code m && MODULES}, so it is n without modules. */
  private KExpr rewriteM(KExpr e) {
    if (e == null) {
      return null;
    }
    switch (e.type) {
      case NOT -> e.left = rewriteM(e.left);
      case OR, AND -> {
        e.left = rewriteM(e.left);
        e.right = rewriteM(e.right);
      }
      case SYMBOL -> {
        if (e.leftSym == KSymbol.MOD) {
          return KExpr.and(e, KExpr.symbol(modulesSym));
        }
      }
      default -> {}
    }
    return e;
  }

  void finalizeMenu(Menu parent) {
    KSymbol sym = parent.sym;
    if (parent.list != null) {
      KExpr parentDep;
      if (sym != null && sym.isChoiceStatic()) {
        if (sym.type == SymbolType.UNKNOWN) {
          for (Menu menu = parent.list; menu != null; menu = menu.next) {
            if (menu.sym != null && menu.sym.type != SymbolType.UNKNOWN) {
              sym.type = menu.sym.type;
              break;
            }
          }
        }
        for (Menu menu = parent.list; menu != null; menu = menu.next) {
          if (menu.sym != null && menu.sym.type == SymbolType.UNKNOWN) {
            menu.sym.type = sym.type;
          }
        }
        // The choice's mode bounds the visibility of its values.
        parentDep = KExpr.symbol(sym);
      } else {
        parentDep = parent.dep;
      }
      for (Menu menu = parent.list; menu != null; menu = menu.next) {
        KExpr baseDep = rewriteM(menu.dep);
        baseDep = simplifier.transform(baseDep);
        baseDep = KExpr.and(KExpr.copy(parentDep), baseDep);
        baseDep = simplifier.eliminateDups(baseDep);
        menu.dep = baseDep;
        if (menu.sym != null) {
          for (Property prop : menu.sym.props) {
            if (prop.menu == menu) {
              propagate(menu, prop, baseDep);
            }
          }
        } else if (menu.prompt != null) {
          propagate(menu, menu.prompt, baseDep);
        }
      }
      for (Menu menu = parent.list; menu != null; menu = menu.next) {
        finalizeMenu(menu);
      }
    } else if (sym != null) {
      nestDependents(parent, sym);
      sym.dirDep = KExpr.or(sym.dirDep, parent.dep);
    }
    for (Menu menu = parent.list; menu != null; menu = menu.next) {
      if (sym != null
          && sym.isChoiceStatic()
          && menu.sym != null
          && (menu.sym.staticFlags & KSymbol.CHOICEVAL) == 0) {
        linkChoiceValue(sym, menu);
      }
      // Flatten ifs and undo submenus below promptless symbols.
      if (menu.list != null && (menu.prompt == null || menu.prompt.text == null)) {
        Menu last = menu.list;
        while (true) {
          last.parent = parent;
          if (last.next == null) {
            break;
          }
          last = last.next;
        }
        last.next = menu.next;
        menu.next = menu.list;
        menu.list = null;
      }
    }
    if (sym != null) {
      warnings.symbol(parent, sym);
    }
    // A visible non-optional choice cannot be n: a reverse dependency of "visible && m".
    if (sym != null && (sym.staticFlags & KSymbol.OPTIONAL) == 0 && parent.prompt != null) {
      sym.revDep =
          KExpr.or(sym.revDep, KExpr.and(parent.prompt.visibleExpr, KExpr.symbol(KSymbol.MOD)));
    }
  }

  private void propagate(Menu menu, Property prop, KExpr baseDep) {
    KExpr dep = simplifier.transform(rewriteM(prop.visibleExpr));
    // conf copies here; kclint shares instead, as a finalized expression is only read from then
    // on: what rewrites one later (a child's dependency, nestDependents, eq) works on a copy.
    if (dep == null) {
      // The entry's dependency alone: it has just come out of eliminateDups, which leaves an
      // expression its own pass no longer changes, so it needs no second (quadratic) pass.
      dep = baseDep;
    } else {
      dep = simplifier.eliminateDups(KExpr.and(KExpr.copy(baseDep), dep));
    }
    prop.visibleExpr = dep;
    if (prop.type == Property.Type.SELECT) {
      KSymbol target = prop.symbol();
      target.revDep = KExpr.or(target.revDep, KExpr.and(KExpr.symbol(menu.sym), dep));
    } else if (prop.type == Property.Type.IMPLY) {
      KSymbol target = prop.symbol();
      target.implied = KExpr.or(target.implied, KExpr.and(KExpr.symbol(menu.sym), dep));
    }
  }

  /** Automatic submenus: consecutive entries that depend on {@code sym} go below it. */
  private void nestDependents(Menu parent, KSymbol sym) {
    if (parent.next == null || !ExprSimplifier.containsSymbol(entryDep(parent.next), sym)) {
      // Most entries: nothing to nest, and the simplified dependency below (a quadratic
      // eliminateDups, on fresh nodes, with no other effect) would go unused.
      return;
    }
    KExpr baseDep = parent.prompt != null ? parent.prompt.visibleExpr : null;
    baseDep = ExprSimplifier.transCompare(baseDep, Type.UNEQUAL, KSymbol.NO);
    baseDep = simplifier.eliminateDups(simplifier.transform(baseDep));
    Menu lastMenu = null;
    for (Menu menu = parent.next; menu != null; menu = menu.next) {
      KExpr dep = entryDep(menu);
      if (!ExprSimplifier.containsSymbol(dep, sym)) {
        break;
      }
      if (!ExprSimplifier.dependsSymbol(dep, sym)) {
        // A superset of sym's own dependencies also counts, e.g. (sym || Q) && R.
        dep = ExprSimplifier.transCompare(dep, Type.UNEQUAL, KSymbol.NO);
        dep = simplifier.eliminateDups(simplifier.transform(dep));
        KExpr[] rest = simplifier.eliminateEq(dep, KExpr.copy(baseDep));
        if (!KExpr.isYes(rest[1])) {
          break;
        }
      }
      finalizeMenu(menu);
      menu.parent = parent;
      lastMenu = menu;
    }
    if (lastMenu != null) {
      parent.list = parent.next;
      parent.next = lastMenu.next;
      lastMenu.next = null;
    }
  }

  /** What an entry is visible under: its prompt's condition, else its dependency. */
  private static KExpr entryDep(Menu menu) {
    return menu.prompt != null ? menu.prompt.visibleExpr : menu.dep;
  }

  private void linkChoiceValue(KSymbol choice, Menu menu) {
    KSymbol value = menu.sym;
    value.staticFlags |= KSymbol.CHOICEVAL;
    warnings.choiceValue(choice, menu);
    // Non-tristate values of a tristate choice need the choice to be y.
    if (choice.type == SymbolType.TRISTATE && value.type != SymbolType.TRISTATE) {
      KExpr baseDep = KExpr.comp(Type.EQUAL, choice, KSymbol.YES);
      menu.dep = KExpr.and(baseDep, menu.dep);
      for (Property prop : value.props) {
        if (prop.menu == menu) {
          prop.visibleExpr = KExpr.and(KExpr.copy(baseDep), prop.visibleExpr);
        }
      }
    }
    value.choice = choice;
    choice.choiceValues.add(value);
  }
}
