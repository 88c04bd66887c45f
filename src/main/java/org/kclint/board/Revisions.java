package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The silicon revisions a fact allows: one revision {@code r2p10}, a range {@code r1p0..r1p3}, an
 * open range {@code r3p2..}, or several of these separated by commas. A SoC ships cores of more
 * than one stepping, so a revision condition over such a fact is true, false or unknown: true when
 * it holds for every revision allowed, false when for none.
 */
public final class Revisions {
  private static final Pattern ONE = Pattern.compile("r(\\d{1,4})p(\\d{1,4})");
  private static final int OPEN = Integer.MAX_VALUE;

  /** An inclusive interval of revisions, as sortable numbers ({@code r2p10} is 2010). */
  private record Interval(int low, int high) {}

  private final ImmutableList<Interval> intervals;

  private Revisions(ImmutableList<Interval> intervals) {
    this.intervals = intervals;
  }

  /** The revisions a text allows; empty when it is not written as revisions. */
  public static Optional<Revisions> parse(String text) {
    ImmutableList.Builder<Interval> out = ImmutableList.builder();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      int dots = p.indexOf("..");
      Optional<Integer> low = number(dots < 0 ? p : p.substring(0, dots));
      Optional<Integer> high =
          dots < 0 ? low : p.endsWith("..") ? Optional.of(OPEN) : number(p.substring(dots + 2));
      if (low.isEmpty() || high.isEmpty() || low.get() > high.get()) {
        return Optional.empty();
      }
      out.add(new Interval(low.get(), high.get()));
    }
    return Optional.of(new Revisions(out.build()));
  }

  /** A revision {@code rNpM} as a sortable number. */
  public static Optional<Integer> number(String text) {
    Matcher m = ONE.matcher(text);
    return m.matches()
        ? Optional.of(Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)))
        : Optional.empty();
  }

  /** Exactly one revision. */
  public boolean isSingle() {
    return intervals.stream().allMatch(i -> i.low() == i.high())
        && intervals.stream().map(Interval::low).distinct().count() == 1;
  }

  /**
   * Whether {@code revision compare other} holds for every allowed revision (TRUE), for none
   * (FALSE), or for some (empty), where {@code compare} is monotone or an equality: it is asked at
   * the ends of each interval, and for equality whether the other revision lies inside.
   */
  public Optional<Boolean> holds(java.util.function.IntPredicate compare, int other) {
    boolean some = false;
    boolean all = true;
    for (Interval i : intervals) {
      boolean atLow = compare.test(Integer.compare(i.low(), other));
      boolean atHigh = compare.test(Integer.compare(i.high(), other));
      boolean inside = i.low() < other && other < i.high();
      boolean atOther = compare.test(0);
      some |= atLow || atHigh || inside && atOther;
      all &= atLow && atHigh && (!inside || atOther);
    }
    return all ? Optional.of(true) : some ? Optional.empty() : Optional.of(false);
  }
}
