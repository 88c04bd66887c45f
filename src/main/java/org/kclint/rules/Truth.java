package org.kclint.rules;

/**
 * Kleene logic over Kconfig's tristates: the set of levels (0 = n, 1 = m, 2 = y) a condition may
 * take, as an interval. A known value has {@code low == high}; an unknown board fact is {@code [0,
 * 2]}. And/or/not act on both ends, which is exact for monotone combinations.
 */
public record Truth(int low, int high) {

  public static final Truth FALSE = new Truth(0, 0);
  public static final Truth TRUE = new Truth(2, 2);
  public static final Truth UNKNOWN = new Truth(0, 2);

  public Truth {
    if (low < 0 || high > 2 || low > high) {
      throw new IllegalArgumentException("truth [" + low + ", " + high + "]");
    }
  }

  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public static Truth level(int level) {
    return new Truth(level, level);
  }

  /** Holds for every possible value of the unknowns (m counts: a module is still built). */
  public boolean isTrue() {
    return low > 0;
  }

  public boolean isFalse() {
    return high == 0;
  }

  public boolean isUnknown() {
    return !isTrue() && !isFalse();
  }

  public Truth and(Truth o) {
    return new Truth(Math.min(low, o.low), Math.min(high, o.high));
  }

  public Truth or(Truth o) {
    return new Truth(Math.max(low, o.low), Math.max(high, o.high));
  }

  public Truth not() {
    return new Truth(2 - high, 2 - low);
  }
}
