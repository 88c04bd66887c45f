package org.kclint.resolve;

import java.util.function.BiConsumer;
import org.kclint.kconfig.SymbolType;

/**
 * conf's symbol.c evaluation: sym_calc_value with visibility, defaults, select, imply, ranges and
 * choices, and expr_calc_value. Values are cached per symbol exactly as conf caches them
 * (SYMBOL_VALID), because conf's output depends on when it computes what.
 */
final class Evaluator {
  private final ConfTree model;
  private final BiConsumer<Evaluator, KSymbol> unmetDependency;
  private int modulesVal = Tri.NO;

  /** conf_get_changed(): whether conf thinks the configuration changed since it was read. */
  boolean changed = true;

  Evaluator(ConfTree model, BiConsumer<Evaluator, KSymbol> unmetDependency) {
    this.model = model;
    this.unmetDependency = unmetDependency;
  }

  ConfTree model() {
    return model;
  }

  /** Returns every symbol to its state after parsing, for a fresh run. */
  void reset() {
    for (KSymbol s : model.symbols()) {
      s.reset();
    }
    modulesVal = Tri.NO;
    changed = true;
  }

  /** sym_get_type: tristate reads as bool without modules and for y-visible choice values. */
  SymbolType effectiveType(KSymbol sym) {
    SymbolType type = sym.type;
    if (type == SymbolType.TRISTATE) {
      if (sym.isChoiceValue() && sym.visible == Tri.YES) {
        type = SymbolType.BOOL;
      } else if (modulesVal == Tri.NO) {
        type = SymbolType.BOOL;
      }
    }
    return type;
  }

  Property defaultProperty(KSymbol sym) {
    return firstActive(sym, Property.Type.DEFAULT);
  }

  Property rangeProperty(KSymbol sym) {
    return firstActive(sym, Property.Type.RANGE);
  }

  /** The first property of a type whose condition is not n (conf uses only that one). */
  private Property firstActive(KSymbol sym, Property.Type type) {
    for (Property p : sym.props) {
      if (p.type == type) {
        p.visibleTri = exprValue(p.visibleExpr);
        if (p.visibleTri != Tri.NO) {
          return p;
        }
      }
    }
    return null;
  }

  private long rangeValue(KSymbol sym, int base) {
    calcValue(sym);
    if (sym.type == SymbolType.INT) {
      base = 10;
    } else if (sym.type == SymbolType.HEX) {
      base = 16;
    }
    return CNumbers.toLong((String) sym.currVal, base);
  }

  private void validateRange(KSymbol sym) {
    int base;
    if (sym.type == SymbolType.INT) {
      base = 10;
    } else if (sym.type == SymbolType.HEX) {
      base = 16;
    } else {
      return;
    }
    Property prop = rangeProperty(sym);
    if (prop == null) {
      return;
    }
    long val = CNumbers.toLong((String) sym.currVal, base);
    KSymbol rangeSym = prop.expr.leftSym;
    long val2 = rangeValue(rangeSym, base);
    if (val >= val2) {
      rangeSym = prop.expr.rightSym;
      val2 = rangeValue(rangeSym, base);
      if (val <= val2) {
        return;
      }
    }
    sym.currVal = rangeSym.currVal;
  }

  /** sym_calc_visibility. */
  void calcVisibility(KSymbol sym) {
    KSymbol choiceSym = sym.isChoiceValue() ? sym.choice : null;
    int tri = Tri.NO;
    for (Property p : sym.props) {
      if (p.text == null) {
        continue;
      }
      p.visibleTri = exprValue(p.visibleExpr);
      // A tristate choice value visible only as m is hidden while its choice is y.
      if (choiceSym != null
          && sym.type == SymbolType.TRISTATE
          && p.visibleTri == Tri.MOD
          && choiceSym.currTri == Tri.YES) {
        p.visibleTri = Tri.NO;
      }
      tri = Tri.or(tri, p.visibleTri);
    }
    if (tri == Tri.MOD && (sym.type != SymbolType.TRISTATE || modulesVal == Tri.NO)) {
      tri = Tri.YES;
    }
    sym.visible = tri;
    if (sym.isChoiceValue()) {
      return;
    }
    sym.dirDepTri = dependencyValue(sym, sym.dirDep, Tri.YES);
    sym.revDepTri = dependencyValue(sym, sym.revDep, Tri.NO);
    sym.impliedTri = dependencyValue(sym, sym.implied, Tri.NO);
  }

  /** A dependency expression's value; m counts as y for a symbol that reads as bool. */
  private int dependencyValue(KSymbol sym, KExpr e, int absent) {
    int tri = e == null ? absent : exprValue(e);
    return tri == Tri.MOD && effectiveType(sym) == SymbolType.BOOL ? Tri.YES : tri;
  }

  /** sym_choice_default: the first visible default, else the first visible value. */
  KSymbol choiceDefault(KSymbol choice) {
    for (Property p : choice.props) {
      if (p.type != Property.Type.DEFAULT) {
        continue;
      }
      p.visibleTri = exprValue(p.visibleExpr);
      if (p.visibleTri == Tri.NO) {
        continue;
      }
      KSymbol def = p.symbol();
      if (def.visible != Tri.NO) {
        return def;
      }
    }
    for (KSymbol value : choice.choiceValues) {
      if (value.visible != Tri.NO) {
        return value;
      }
    }
    return null;
  }

  private KSymbol calcChoice(KSymbol choice) {
    int flags = choice.flags;
    for (KSymbol value : choice.choiceValues) {
      calcVisibility(value);
      if (value.visible != Tri.NO) {
        flags &= value.flags;
      }
    }
    choice.flags &= flags | ~KSymbol.DEF_USER;
    KSymbol user = (KSymbol) choice.defVal;
    if (user != null && user.visible != Tri.NO) {
      return user;
    }
    KSymbol def = choiceDefault(choice);
    if (def == null) {
      choice.currTri = Tri.NO;
    }
    return def;
  }

  /** sym_calc_value. */
  void calcValue(KSymbol sym) {
    if (sym == null || (sym.flags & KSymbol.VALID) != 0) {
      return;
    }
    if (sym.isChoiceValue() && (sym.flags & KSymbol.NEED_SET_CHOICE_VALUES) != 0) {
      sym.flags &= ~KSymbol.NEED_SET_CHOICE_VALUES;
      calcValue(sym.choice);
    }
    sym.flags |= KSymbol.VALID;
    Object oldVal = sym.currVal;
    int oldTri = sym.currTri;
    Object newVal;
    int newTri = Tri.NO;
    switch (sym.type) {
      case INT, HEX, STRING -> newVal = KSymbol.EMPTY_VALUE;
      case BOOL, TRISTATE -> newVal = KSymbol.N_VALUE;
      default -> {
        sym.currVal = sym.name;
        sym.currTri = Tri.NO;
        return;
      }
    }
    sym.flags &= ~KSymbol.WRITE;
    calcVisibility(sym);
    if (sym.visible != Tri.NO) {
      sym.flags |= KSymbol.WRITE;
    }
    // The value seen by a recursive reference to this symbol.
    sym.currVal = newVal;
    sym.currTri = newTri;
    SymbolType type = effectiveType(sym);
    switch (type) {
      case BOOL, TRISTATE -> newTri = calcTristate(sym);
      case STRING, HEX, INT -> newVal = calcString(sym, newVal);
      default -> {}
    }
    sym.currVal = newVal;
    sym.currTri = newTri;
    if (sym.isChoice() && newTri == Tri.YES) {
      sym.currVal = calcChoice(sym);
    }
    validateRange(sym);
    if ((oldVal != sym.currVal || oldTri != sym.currTri) && sym == model.modulesSymbol()) {
      modulesVal = sym.currTri;
    }
    if (sym.isChoice()) {
      for (KSymbol value : sym.choiceValues) {
        if ((sym.flags & KSymbol.WRITE) != 0 && value.visible != Tri.NO) {
          value.flags |= KSymbol.WRITE;
        }
      }
    }
    if ((sym.flags & KSymbol.NO_WRITE) != 0) {
      sym.flags &= ~KSymbol.WRITE;
    }
    if ((sym.flags & KSymbol.NEED_SET_CHOICE_VALUES) != 0) {
      setAllChoiceValues(sym);
    }
  }

  private int calcTristate(KSymbol sym) {
    int newTri = Tri.NO;
    if (sym.isChoiceValue() && sym.visible == Tri.YES) {
      newTri = sym.choice.currVal == sym ? Tri.YES : Tri.NO;
    } else {
      boolean fromUser = false;
      if (sym.visible != Tri.NO && sym.hasValue()) {
        newTri = Tri.and(sym.defTri, sym.visible);
        fromUser = true;
      }
      if (!fromUser) {
        if (sym.revDepTri != Tri.NO) {
          sym.flags |= KSymbol.WRITE;
        }
        if (!sym.isChoice()) {
          Property prop = defaultProperty(sym);
          if (prop != null) {
            newTri = Tri.and(exprValue(prop.expr), prop.visibleTri);
            if (newTri != Tri.NO) {
              sym.flags |= KSymbol.WRITE;
            }
          }
          if (sym.impliedTri != Tri.NO) {
            sym.flags |= KSymbol.WRITE;
            newTri = Tri.or(newTri, sym.impliedTri);
            newTri = Tri.and(newTri, sym.dirDepTri);
          }
        }
      }
      if (sym.dirDepTri < sym.revDepTri) {
        unmetDependency.accept(this, sym);
      }
      newTri = Tri.or(newTri, sym.revDepTri);
    }
    if (newTri == Tri.MOD && effectiveType(sym) == SymbolType.BOOL) {
      newTri = Tri.YES;
    }
    return newTri;
  }

  private Object calcString(KSymbol sym, Object newVal) {
    if (sym.visible != Tri.NO && sym.hasValue()) {
      return sym.defVal;
    }
    Property prop = defaultProperty(sym);
    if (prop != null) {
      KSymbol ds = prop.symbol();
      if (ds != null) {
        sym.flags |= KSymbol.WRITE;
        calcValue(ds);
        return ds.currVal;
      }
    }
    return newVal;
  }

  /** set_all_choice_values: values the input left unset become n; the choice is recomputed. */
  void setAllChoiceValues(KSymbol choice) {
    for (KSymbol value : choice.choiceValues) {
      if (!value.hasValue()) {
        value.defTri = Tri.NO;
      }
    }
    choice.flags |= KSymbol.DEF_USER;
    choice.flags &= ~(KSymbol.VALID | KSymbol.NEED_SET_CHOICE_VALUES);
  }

  /** sym_clear_all_valid. */
  void clearAllValid() {
    for (KSymbol s : model.symbols()) {
      s.flags &= ~KSymbol.VALID;
    }
    changed = true;
    calcValue(model.modulesSymbol());
  }

  /** sym_is_changeable. */
  boolean isChangeable(KSymbol sym) {
    return sym.visible > sym.revDepTri;
  }

  /** sym_tristate_within_range. */
  boolean tristateWithinRange(KSymbol sym, int val) {
    SymbolType type = effectiveType(sym);
    if (sym.visible == Tri.NO) {
      return false;
    }
    if (type != SymbolType.BOOL && type != SymbolType.TRISTATE) {
      return false;
    }
    if (type == SymbolType.BOOL && val == Tri.MOD) {
      return false;
    }
    if (sym.visible <= sym.revDepTri) {
      return false;
    }
    if (sym.isChoiceValue() && sym.visible == Tri.YES) {
      return val == Tri.YES;
    }
    return val >= sym.revDepTri && val <= sym.visible;
  }

  /** sym_string_within_range. */
  boolean stringWithinRange(KSymbol sym, String str) {
    switch (sym.type) {
      case STRING:
        return CNumbers.validFor(sym.type, str);
      case INT:
      case HEX:
        {
          if (!CNumbers.validFor(sym.type, str)) {
            return false;
          }
          Property prop = rangeProperty(sym);
          if (prop == null) {
            return true;
          }
          int base = sym.type == SymbolType.INT ? 10 : 16;
          long val = CNumbers.toLong(str, base);
          return val >= rangeValue(prop.expr.leftSym, base)
              && val <= rangeValue(prop.expr.rightSym, base);
        }
      case BOOL:
      case TRISTATE:
        switch (CNumbers.at(str, 0)) {
          case 'y', 'Y':
            return tristateWithinRange(sym, Tri.YES);
          case 'm', 'M':
            return tristateWithinRange(sym, Tri.MOD);
          case 'n', 'N':
            return tristateWithinRange(sym, Tri.NO);
          default:
            return false;
        }
      default:
        return false;
    }
  }

  /** sym_get_string_default: what the symbol would be without a user value. */
  String stringDefault(KSymbol sym) {
    calcVisibility(sym);
    calcValue(model.modulesSymbol());
    int val = Tri.NO;
    String str = KSymbol.EMPTY_VALUE;
    Property prop = defaultProperty(sym);
    if (prop != null) {
      switch (sym.type) {
        case BOOL, TRISTATE -> val = Tri.and(exprValue(prop.expr), prop.visibleTri);
        default -> {
          KSymbol ds = prop.symbol();
          if (ds != null) {
            calcValue(ds);
            str = (String) ds.currVal;
          }
        }
      }
    }
    val = Tri.or(val, sym.revDepTri);
    if (val == Tri.MOD && !sym.isChoiceValue() && model.modulesSymbol().currTri == Tri.NO) {
      val = Tri.YES;
    }
    if (sym.type == SymbolType.BOOL && val == Tri.MOD) {
      val = Tri.YES;
    }
    if (val < sym.impliedTri) {
      val = sym.impliedTri;
    }
    return switch (sym.type) {
      case BOOL, TRISTATE -> Tri.spelling(val);
      case INT, HEX, STRING -> str;
      default -> "";
    };
  }

  /** expr_calc_value. */
  int exprValue(KExpr e) {
    if (e == null) {
      return Tri.YES;
    }
    switch (e.type) {
      case SYMBOL:
        calcValue(e.leftSym);
        return e.leftSym.currTri;
      case AND:
        {
          int a = exprValue(e.left);
          int b = exprValue(e.right);
          return Tri.and(a, b);
        }
      case OR:
        {
          int a = exprValue(e.left);
          int b = exprValue(e.right);
          return Tri.or(a, b);
        }
      case NOT:
        return Tri.not(exprValue(e.left));
      case EQUAL, GEQ, GTH, LEQ, LTH, UNEQUAL:
        break;
      default:
        return Tri.NO;
    }
    calcValue(e.leftSym);
    calcValue(e.rightSym);
    int res = compare(e.leftSym, e.rightSym);
    boolean result =
        switch (e.type) {
          case EQUAL -> res == 0;
          case GEQ -> res >= 0;
          case GTH -> res > 0;
          case LEQ -> res <= 0;
          case LTH -> res < 0;
          default -> res != 0;
        };
    return result ? Tri.YES : Tri.NO;
  }

  private enum Kind {
    STRING,
    SIGNED,
    UNSIGNED
  }

  private record Number(Kind kind, long value) {}

  /** expr_parse_string. */
  private static Number parseNumber(String str, SymbolType type) {
    CNumbers.Parsed parsed;
    Kind kind;
    switch (type) {
      case BOOL, TRISTATE -> {
        long v = str.equals("n") ? 0 : str.equals("m") ? 1 : str.equals("y") ? 2 : -1;
        return new Number(Kind.SIGNED, v);
      }
      case INT -> {
        parsed = CNumbers.strtoll(str, 10);
        kind = Kind.SIGNED;
      }
      case HEX -> {
        parsed = CNumbers.strtoull(str, 16);
        kind = Kind.UNSIGNED;
      }
      default -> {
        parsed = CNumbers.strtoll(str, 0);
        kind = Kind.SIGNED;
      }
    }
    int end = parsed.end();
    boolean ok =
        !parsed.overflow()
            && end == str.length()
            && end > 0
            && CNumbers.isXDigit(str.charAt(end - 1));
    return new Number(ok ? kind : Kind.STRING, parsed.value());
  }

  private static int compare(KSymbol left, KSymbol right) {
    String str1 = left.stringValue();
    String str2 = right.stringValue();
    Number l = new Number(Kind.STRING, 0);
    Number r = new Number(Kind.STRING, 0);
    if (left.type != SymbolType.STRING || right.type != SymbolType.STRING) {
      l = parseNumber(str1, left.type);
      r = parseNumber(str2, right.type);
    }
    if (l.kind() == Kind.STRING || r.kind() == Kind.STRING) {
      return Integer.signum(CNumbers.strcmp(str1, str2));
    }
    if (l.kind() == Kind.UNSIGNED || r.kind() == Kind.UNSIGNED) {
      return Long.signum(Long.compareUnsigned(l.value(), r.value()));
    }
    return Long.signum(Long.compare(l.value(), r.value()));
  }

  /** menu_is_visible, with its side effect: a symbol shown only for its children gets a value. */
  boolean menuVisible(Menu menu) {
    if (menu.prompt == null) {
      return false;
    }
    if (menu.visibility != null && exprValue(menu.visibility) == Tri.NO) {
      return false;
    }
    KSymbol sym = menu.sym;
    int visible;
    if (sym != null) {
      calcValue(sym);
      visible = menu.prompt.visibleTri;
    } else {
      visible = menu.prompt.visibleTri = exprValue(menu.prompt.visibleExpr);
    }
    if (visible != Tri.NO) {
      return true;
    }
    if (sym == null || sym.currTri == Tri.NO) {
      return false;
    }
    for (Menu child = menu.list; child != null; child = child.next) {
      if (menuVisible(child)) {
        sym.flags |= KSymbol.DEF_USER;
        return true;
      }
    }
    return false;
  }
}
