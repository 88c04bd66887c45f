package org.kclint.resolve;

import org.kclint.kconfig.SymbolType;
import org.kclint.resolve.KExpr.Type;

/**
 * The expression rewriting of conf's expr.c that menu_finalize applies (expr_transform,
 * expr_eliminate_dups, expr_eliminate_eq, expr_trans_compare, …), ported step for step: the shapes
 * it produces decide conf's printed dependencies and its automatic submenus.
 */
final class ExprSimplifier {
  /*
   * conf passes places holding an expression ({@code struct expr **}); here a place is a node and a
   * side, LEFT or RIGHT, and an expression of its own is held in a box (a NONE node's left). Passing
   * the two rather than an object for each place spares the millions of small objects
   * expr_eliminate_dups' pairwise walk would make (a quarter of a warm run's allocation).
   */
  private static final boolean LEFT = false;
  private static final boolean RIGHT = true;

  private static KExpr box(KExpr e) {
    return KExpr.one(Type.NONE, e);
  }

  private static KExpr get(KExpr node, boolean side) {
    return side == RIGHT ? node.right : node.left;
  }

  private static void set(KExpr node, boolean side, KExpr e) {
    if (side == RIGHT) {
      node.right = e;
    } else {
      node.left = e;
    }
  }

  private int transCount;

  private void eliminateEqLeaves(Type type, KExpr n1, boolean s1, KExpr n2, boolean s2) {
    KExpr e1 = get(n1, s1);
    KExpr e2 = get(n2, s2);
    if (e1.type == type) {
      eliminateEqLeaves(type, e1, LEFT, n2, s2);
      eliminateEqLeaves(type, e1, RIGHT, n2, s2);
      return;
    }
    if (e2.type == type) {
      eliminateEqLeaves(type, n1, s1, e2, LEFT);
      eliminateEqLeaves(type, n1, s1, e2, RIGHT);
      return;
    }
    if (e1.type == Type.SYMBOL
        && e2.type == Type.SYMBOL
        && e1.leftSym == e2.leftSym
        && (e1.leftSym == KSymbol.YES || e1.leftSym == KSymbol.NO)) {
      return;
    }
    if (!eq(e1, e2)) {
      return;
    }
    transCount++;
    switch (type) {
      case OR -> {
        set(n1, s1, KExpr.symbol(KSymbol.NO));
        set(n2, s2, KExpr.symbol(KSymbol.NO));
      }
      case AND -> {
        set(n1, s1, KExpr.symbol(KSymbol.YES));
        set(n2, s2, KExpr.symbol(KSymbol.YES));
      }
      default -> {}
    }
  }

  /** expr_eliminate_eq on two boxes: removes operands common to both sides. */
  private void eliminateEqBoxed(KExpr b1, KExpr b2) {
    if (b1.left == null || b2.left == null) {
      return;
    }
    Type t1 = b1.left.type;
    if (t1 == Type.OR || t1 == Type.AND) {
      eliminateEqLeaves(t1, b1, LEFT, b2, LEFT);
    }
    if (b1.left.type != b2.left.type) {
      Type t2 = b2.left.type;
      if (t2 == Type.OR || t2 == Type.AND) {
        eliminateEqLeaves(t2, b1, LEFT, b2, LEFT);
      }
    }
    b1.left = eliminateYn(b1.left);
    b2.left = eliminateYn(b2.left);
  }

  /** expr_eliminate_eq on two expressions; returns {left, right} after elimination. */
  KExpr[] eliminateEq(KExpr a, KExpr b) {
    KExpr b1 = box(a);
    KExpr b2 = box(b);
    eliminateEqBoxed(b1, b2);
    return new KExpr[] {b1.left, b2.left};
  }

  /** expr_eq: equality after minor simplification, operands of &&/|| in any order. */
  boolean eq(KExpr e1, KExpr e2) {
    if (e1 == null || e2 == null) {
      return KExpr.isYes(e1) && KExpr.isYes(e2);
    }
    if (e1.type != e2.type) {
      return false;
    }
    switch (e1.type) {
      case EQUAL, GEQ, GTH, LEQ, LTH, UNEQUAL:
        return e1.leftSym == e2.leftSym && e1.rightSym == e2.rightSym;
      case SYMBOL:
        return e1.leftSym == e2.leftSym;
      case NOT:
        return eq(e1.left, e2.left);
      case AND, OR:
        {
          KExpr b1 = box(KExpr.copy(e1));
          KExpr b2 = box(KExpr.copy(e2));
          int oldCount = transCount;
          eliminateEqBoxed(b1, b2);
          KExpr r1 = b1.left;
          KExpr r2 = b2.left;
          boolean res =
              r1.type == Type.SYMBOL && r2.type == Type.SYMBOL && r1.leftSym == r2.leftSym;
          transCount = oldCount;
          return res;
        }
      default:
        return false;
    }
  }

  /** expr_eliminate_yn: folds y and n operands of && and ||, in place. */
  static KExpr eliminateYn(KExpr e) {
    if (e == null) {
      return null;
    }
    if (e.type == Type.AND) {
      e.left = eliminateYn(e.left);
      e.right = eliminateYn(e.right);
      if (e.left.type == Type.SYMBOL) {
        if (e.left.leftSym == KSymbol.NO) {
          return becomeSymbol(e, KSymbol.NO);
        } else if (e.left.leftSym == KSymbol.YES) {
          e.assign(e.right);
          return e;
        }
      }
      if (e.right.type == Type.SYMBOL) {
        if (e.right.leftSym == KSymbol.NO) {
          return becomeSymbol(e, KSymbol.NO);
        } else if (e.right.leftSym == KSymbol.YES) {
          e.assign(e.left);
          return e;
        }
      }
    } else if (e.type == Type.OR) {
      e.left = eliminateYn(e.left);
      e.right = eliminateYn(e.right);
      if (e.left.type == Type.SYMBOL) {
        if (e.left.leftSym == KSymbol.NO) {
          e.assign(e.right);
          return e;
        } else if (e.left.leftSym == KSymbol.YES) {
          return becomeSymbol(e, KSymbol.YES);
        }
      }
      if (e.right.type == Type.SYMBOL) {
        if (e.right.leftSym == KSymbol.NO) {
          e.assign(e.left);
          return e;
        } else if (e.right.leftSym == KSymbol.YES) {
          return becomeSymbol(e, KSymbol.YES);
        }
      }
    }
    return e;
  }

  private static KExpr becomeSymbol(KExpr e, KSymbol sym) {
    e.type = Type.SYMBOL;
    e.left = null;
    e.right = null;
    e.leftSym = sym;
    e.rightSym = null;
    return e;
  }

  private static boolean joinable(KExpr e) {
    return e.type == Type.EQUAL
        || e.type == Type.UNEQUAL
        || e.type == Type.SYMBOL
        || e.type == Type.NOT;
  }

  /** The symbol both sides of a join test, or null when they cannot be joined. */
  private static KSymbol joinSymbol(KExpr e1, KExpr e2) {
    if (!joinable(e1) || !joinable(e2)) {
      return null;
    }
    KSymbol sym1;
    if (e1.type == Type.NOT) {
      KExpr tmp = e1.left;
      if (tmp.type != Type.EQUAL && tmp.type != Type.UNEQUAL && tmp.type != Type.SYMBOL) {
        return null;
      }
      sym1 = tmp.leftSym;
    } else {
      sym1 = e1.leftSym;
    }
    KSymbol sym2;
    if (e2.type == Type.NOT) {
      if (e2.left.type != Type.SYMBOL) {
        return null;
      }
      sym2 = e2.left.leftSym;
    } else {
      sym2 = e2.leftSym;
    }
    if (sym1 != sym2) {
      return null;
    }
    if (sym1.type != SymbolType.BOOL && sym1.type != SymbolType.TRISTATE) {
      return null;
    }
    return sym1;
  }

  private static boolean pair(KExpr e1, KExpr e2, KSymbol a, KSymbol b) {
    return (e1.rightSym == a && e2.rightSym == b) || (e1.rightSym == b && e2.rightSym == a);
  }

  /** expr_join_or: e1 || e2 as one expression, or null. */
  private KExpr joinOr(KExpr e1, KExpr e2) {
    if (eq(e1, e2)) {
      return KExpr.copy(e1);
    }
    KSymbol sym1 = joinSymbol(e1, e2);
    if (sym1 == null) {
      return null;
    }
    if (sym1.type == SymbolType.TRISTATE && e1.type == Type.EQUAL && e2.type == Type.EQUAL) {
      if (pair(e1, e2, KSymbol.YES, KSymbol.MOD)) {
        return KExpr.comp(Type.UNEQUAL, sym1, KSymbol.NO);
      }
      if (pair(e1, e2, KSymbol.YES, KSymbol.NO)) {
        return KExpr.comp(Type.UNEQUAL, sym1, KSymbol.MOD);
      }
      if (pair(e1, e2, KSymbol.MOD, KSymbol.NO)) {
        return KExpr.comp(Type.UNEQUAL, sym1, KSymbol.YES);
      }
    }
    if (sym1.type == SymbolType.BOOL) {
      if ((e1.type == Type.NOT && e1.left.type == Type.SYMBOL && e2.type == Type.SYMBOL)
          || (e2.type == Type.NOT && e2.left.type == Type.SYMBOL && e1.type == Type.SYMBOL)) {
        return KExpr.symbol(KSymbol.YES);
      }
    }
    return null;
  }

  /** expr_join_and: e1 && e2 as one expression, or null. */
  private KExpr joinAnd(KExpr e1, KExpr e2) {
    if (eq(e1, e2)) {
      return KExpr.copy(e1);
    }
    KSymbol sym1 = joinSymbol(e1, e2);
    if (sym1 == null) {
      return null;
    }
    if (symbolAndCompare(e1, e2, Type.EQUAL, KSymbol.YES)) {
      return KExpr.comp(Type.EQUAL, sym1, KSymbol.YES);
    }
    if (symbolAndCompare(e1, e2, Type.UNEQUAL, KSymbol.NO)) {
      return KExpr.symbol(sym1);
    }
    if (symbolAndCompare(e1, e2, Type.UNEQUAL, KSymbol.MOD)) {
      return KExpr.comp(Type.EQUAL, sym1, KSymbol.YES);
    }
    if (sym1.type == SymbolType.TRISTATE) {
      if (e1.type == Type.EQUAL && e2.type == Type.UNEQUAL) {
        KSymbol sym2 = e1.rightSym;
        if (e2.rightSym.isConst() && sym2.isConst()) {
          return sym2 != e2.rightSym
              ? KExpr.comp(Type.EQUAL, sym1, sym2)
              : KExpr.symbol(KSymbol.NO);
        }
      }
      if (e1.type == Type.UNEQUAL && e2.type == Type.EQUAL) {
        KSymbol sym2 = e2.rightSym;
        if (e1.rightSym.isConst() && sym2.isConst()) {
          return sym2 != e1.rightSym
              ? KExpr.comp(Type.EQUAL, sym1, sym2)
              : KExpr.symbol(KSymbol.NO);
        }
      }
      if (e1.type == Type.UNEQUAL && e2.type == Type.UNEQUAL) {
        if (pair(e1, e2, KSymbol.YES, KSymbol.NO)) {
          return KExpr.comp(Type.EQUAL, sym1, KSymbol.MOD);
        }
        if (pair(e1, e2, KSymbol.YES, KSymbol.MOD)) {
          return KExpr.comp(Type.EQUAL, sym1, KSymbol.NO);
        }
        if (pair(e1, e2, KSymbol.MOD, KSymbol.NO)) {
          return KExpr.comp(Type.EQUAL, sym1, KSymbol.YES);
        }
      }
    }
    return null;
  }

  private static boolean symbolAndCompare(KExpr e1, KExpr e2, Type compare, KSymbol value) {
    return (e1.type == Type.SYMBOL && e2.type == compare && e2.rightSym == value)
        || (e2.type == Type.SYMBOL && e1.type == compare && e1.rightSym == value);
  }

  private void eliminateDups1(Type type, KExpr n1, boolean s1, KExpr n2, boolean s2) {
    KExpr e1 = get(n1, s1);
    KExpr e2 = get(n2, s2);
    if (e1.type == type) {
      eliminateDups1(type, e1, LEFT, n2, s2);
      eliminateDups1(type, e1, RIGHT, n2, s2);
      return;
    }
    if (e2.type == type) {
      eliminateDups1(type, n1, s1, e2, LEFT);
      eliminateDups1(type, n1, s1, e2, RIGHT);
      return;
    }
    if (e1 == e2) {
      return;
    }
    if (e1.type == Type.OR || e1.type == Type.AND) {
      eliminateDups1(e1.type, n1, s1, n1, s1);
    }
    e1 = get(n1, s1);
    e2 = get(n2, s2);
    KExpr tmp;
    switch (type) {
      case OR -> {
        tmp = joinOr(e1, e2);
        if (tmp != null) {
          set(n1, s1, KExpr.symbol(KSymbol.NO));
          set(n2, s2, tmp);
          transCount++;
        }
      }
      case AND -> {
        tmp = joinAnd(e1, e2);
        if (tmp != null) {
          set(n1, s1, KExpr.symbol(KSymbol.YES));
          set(n2, s2, tmp);
          transCount++;
        }
      }
      default -> {}
    }
  }

  /** expr_eliminate_dups: joins duplicate and redundant operands, in place. */
  KExpr eliminateDups(KExpr e) {
    if (e == null) {
      return null;
    }
    int oldCount = transCount;
    KExpr box = box(e);
    while (true) {
      transCount = 0;
      Type t = box.left.type;
      if (t == Type.OR || t == Type.AND) {
        eliminateDups1(t, box, LEFT, box, LEFT);
      }
      if (transCount == 0) {
        break;
      }
      box.left = eliminateYn(box.left);
    }
    transCount = oldCount;
    return box.left;
  }

  /** expr_transform: rewrites negations and comparisons of booleans. */
  KExpr transform(KExpr e) {
    if (e == null) {
      return null;
    }
    switch (e.type) {
      case EQUAL, GEQ, GTH, LEQ, LTH, UNEQUAL, SYMBOL, LIST -> {}
      default -> {
        e.left = transform(e.left);
        e.right = transform(e.right);
      }
    }
    switch (e.type) {
      case EQUAL -> {
        if (e.leftSym.type != SymbolType.BOOL) {
          break;
        }
        if (e.rightSym == KSymbol.NO) {
          e.type = Type.NOT;
          e.left = KExpr.symbol(e.leftSym);
          e.leftSym = null;
          e.rightSym = null;
        } else if (e.rightSym == KSymbol.MOD) {
          e.type = Type.SYMBOL;
          e.leftSym = KSymbol.NO;
          e.rightSym = null;
        } else if (e.rightSym == KSymbol.YES) {
          e.type = Type.SYMBOL;
          e.rightSym = null;
        }
      }
      case UNEQUAL -> {
        if (e.leftSym.type != SymbolType.BOOL) {
          break;
        }
        if (e.rightSym == KSymbol.NO) {
          e.type = Type.SYMBOL;
          e.rightSym = null;
        } else if (e.rightSym == KSymbol.MOD) {
          e.type = Type.SYMBOL;
          e.leftSym = KSymbol.YES;
          e.rightSym = null;
        } else if (e.rightSym == KSymbol.YES) {
          e.type = Type.NOT;
          e.left = KExpr.symbol(e.leftSym);
          e.leftSym = null;
          e.rightSym = null;
        }
      }
      case NOT -> e = transformNot(e);
      default -> {}
    }
    return e;
  }

  private KExpr transformNot(KExpr e) {
    KExpr inner = e.left;
    switch (inner.type) {
      case NOT:
        return transform(inner.left);
      case EQUAL:
      case UNEQUAL:
        inner.type = inner.type == Type.EQUAL ? Type.UNEQUAL : Type.EQUAL;
        return inner;
      case LEQ:
      case GEQ:
        inner.type = inner.type == Type.LEQ ? Type.GTH : Type.LTH;
        return inner;
      case LTH:
      case GTH:
        inner.type = inner.type == Type.LTH ? Type.GEQ : Type.LEQ;
        return inner;
      case OR:
      case AND:
        {
          // !(a || b) -> !a && !b ; !(a && b) -> !a || !b
          e.type = inner.type == Type.OR ? Type.AND : Type.OR;
          e.right = KExpr.one(Type.NOT, inner.right);
          inner.type = Type.NOT;
          inner.right = null;
          return transform(e);
        }
      case SYMBOL:
        if (inner.leftSym == KSymbol.YES) {
          inner.leftSym = KSymbol.NO;
        } else if (inner.leftSym == KSymbol.MOD) {
          inner.leftSym = KSymbol.MOD;
        } else if (inner.leftSym == KSymbol.NO) {
          inner.leftSym = KSymbol.YES;
        } else {
          return e;
        }
        return inner;
      default:
        return e;
    }
  }

  static boolean containsSymbol(KExpr dep, KSymbol sym) {
    if (dep == null) {
      return false;
    }
    return switch (dep.type) {
      case AND, OR -> containsSymbol(dep.left, sym) || containsSymbol(dep.right, sym);
      case SYMBOL -> dep.leftSym == sym;
      case EQUAL, GEQ, GTH, LEQ, LTH, UNEQUAL -> dep.leftSym == sym || dep.rightSym == sym;
      case NOT -> containsSymbol(dep.left, sym);
      default -> false;
    };
  }

  static boolean dependsSymbol(KExpr dep, KSymbol sym) {
    if (dep == null) {
      return false;
    }
    return switch (dep.type) {
      case AND -> dependsSymbol(dep.left, sym) || dependsSymbol(dep.right, sym);
      case SYMBOL -> dep.leftSym == sym;
      case EQUAL ->
          dep.leftSym == sym && (dep.rightSym == KSymbol.YES || dep.rightSym == KSymbol.MOD);
      case UNEQUAL -> dep.leftSym == sym && dep.rightSym == KSymbol.NO;
      default -> false;
    };
  }

  /** expr_trans_compare: inserts explicit comparisons with {@code sym}; a new expression. */
  static KExpr transCompare(KExpr e, Type type, KSymbol sym) {
    if (e == null) {
      KExpr r = KExpr.symbol(sym);
      return type == Type.UNEQUAL ? KExpr.one(Type.NOT, r) : r;
    }
    switch (e.type) {
      case AND:
      case OR:
        {
          KExpr e1 = transCompare(e.left, Type.EQUAL, sym);
          KExpr e2 = transCompare(e.right, Type.EQUAL, sym);
          boolean isAnd = e.type == Type.AND;
          KExpr r = e;
          if (sym == KSymbol.YES) {
            r = KExpr.two(isAnd ? Type.AND : Type.OR, e1, e2);
          }
          if (sym == KSymbol.NO) {
            r = KExpr.two(isAnd ? Type.OR : Type.AND, e1, e2);
          }
          return type == Type.UNEQUAL ? KExpr.one(Type.NOT, r) : r;
        }
      case NOT:
        return transCompare(e.left, type == Type.EQUAL ? Type.UNEQUAL : Type.EQUAL, sym);
      case UNEQUAL:
      case LTH:
      case LEQ:
      case GTH:
      case GEQ:
      case EQUAL:
        if (type == Type.EQUAL) {
          if (sym == KSymbol.YES) {
            return KExpr.copy(e);
          }
          if (sym == KSymbol.MOD) {
            return KExpr.symbol(KSymbol.NO);
          }
          if (sym == KSymbol.NO) {
            return KExpr.one(Type.NOT, KExpr.copy(e));
          }
        } else {
          if (sym == KSymbol.YES) {
            return KExpr.one(Type.NOT, KExpr.copy(e));
          }
          if (sym == KSymbol.MOD) {
            return KExpr.symbol(KSymbol.YES);
          }
          if (sym == KSymbol.NO) {
            return KExpr.copy(e);
          }
        }
        return null;
      case SYMBOL:
        return KExpr.comp(type, e.leftSym, sym);
      default:
        return null;
    }
  }
}
