package org.kclint.resolve;

/**
 * conf's {@code struct expr}: a mutable node, because menu_finalize's simplifications rewrite
 * expressions in place and their exact shape decides what conf prints and how it nests menus. Never
 * leaves this package.
 */
final class KExpr {
  enum Type {
    NONE,
    OR,
    AND,
    NOT,
    EQUAL,
    UNEQUAL,
    LTH,
    LEQ,
    GTH,
    GEQ,
    LIST,
    SYMBOL,
    RANGE
  }

  Type type;
  KExpr left;
  KExpr right;
  KSymbol leftSym;
  KSymbol rightSym;

  /**
   * Set by {@link DependencyCycles} once its walk has gone through this expression and met no
   * cycle: finalized expressions are shared (a symbol's dependency is also its properties'), and a
   * walk that found nothing will find nothing there again.
   */
  boolean cycleFree;

  private KExpr(Type type) {
    this.type = type;
  }

  static KExpr symbol(KSymbol sym) {
    KExpr e = new KExpr(Type.SYMBOL);
    e.leftSym = sym;
    return e;
  }

  static KExpr one(Type type, KExpr operand) {
    KExpr e = new KExpr(type);
    e.left = operand;
    return e;
  }

  static KExpr two(Type type, KExpr a, KExpr b) {
    KExpr e = new KExpr(type);
    e.left = a;
    e.right = b;
    return e;
  }

  static KExpr comp(Type type, KSymbol a, KSymbol b) {
    KExpr e = new KExpr(type);
    e.leftSym = a;
    e.rightSym = b;
    return e;
  }

  /** expr_alloc_and: a missing (null) side means "no condition". */
  static KExpr and(KExpr a, KExpr b) {
    if (a == null) {
      return b;
    }
    return b != null ? two(Type.AND, a, b) : a;
  }

  static KExpr or(KExpr a, KExpr b) {
    if (a == null) {
      return b;
    }
    return b != null ? two(Type.OR, a, b) : a;
  }

  static KExpr copy(KExpr org) {
    if (org == null) {
      return null;
    }
    KExpr e = new KExpr(org.type);
    e.leftSym = org.leftSym;
    e.rightSym = org.rightSym;
    switch (org.type) {
      case NOT -> e.left = copy(org.left);
      case AND, OR, LIST -> {
        e.left = copy(org.left);
        e.right = copy(org.right);
      }
      default -> {}
    }
    return e;
  }

  /** Overwrites this node with another's fields (C's {@code *e = *other}). */
  void assign(KExpr other) {
    type = other.type;
    left = other.left;
    right = other.right;
    leftSym = other.leftSym;
    rightSym = other.rightSym;
  }

  boolean isComparison() {
    return switch (type) {
      case EQUAL, UNEQUAL, LTH, LEQ, GTH, GEQ -> true;
      default -> false;
    };
  }

  static boolean isYes(KExpr e) {
    return e == null || (e.type == Type.SYMBOL && e.leftSym == KSymbol.YES);
  }

  static boolean isNo(KExpr e) {
    return e != null && e.type == Type.SYMBOL && e.leftSym == KSymbol.NO;
  }
}
