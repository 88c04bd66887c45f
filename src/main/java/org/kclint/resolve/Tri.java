package org.kclint.resolve;

/** Kconfig's tristate as conf computes with it: n=0, m=1, y=2 (expr.h's EXPR_AND/OR/NOT). */
final class Tri {
  static final int NO = 0;
  static final int MOD = 1;
  static final int YES = 2;

  private Tri() {}

  static int and(int a, int b) {
    return Math.min(a, b);
  }

  static int or(int a, int b) {
    return Math.max(a, b);
  }

  static int not(int a) {
    return 2 - a;
  }

  static String spelling(int tri) {
    return tri == YES ? "y" : tri == MOD ? "m" : "n";
  }
}
