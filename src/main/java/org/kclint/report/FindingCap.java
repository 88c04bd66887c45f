package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kclint.diag.Position;
import org.kclint.rules.Severity;

/**
 * Shows at most so many findings of one rule about one input, as gcc's {@code -fmax-errors} does,
 * and closes each rule that had more with one finding that says how many were not shown: a config
 * of half a million unknown symbols would otherwise hold and print a report of a hundred megabytes
 * that nobody reads, and exhaust a small heap doing it.
 */
public final class FindingCap {
  private FindingCap() {}

  /**
   * Findings per rule per input shown by default: far above what a real config draws (a 6.1
   * defconfig carried across releases draws a few hundred stale-config findings at most).
   */
  public static final int DEFAULT = 10_000;

  /**
   * The first {@code max} findings of each rule, in their order, then one closing finding per rule.
   */
  public static ImmutableList<Finding> of(Iterable<Finding> findings, int max) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Finding> lastShown = new LinkedHashMap<>();
    ImmutableList.Builder<Finding> shown = ImmutableList.builder();
    for (Finding f : findings) {
      int n = seen.merge(f.rule(), 1, Integer::sum);
      if (n <= max) {
        shown.add(f);
        lastShown.put(f.rule(), f);
      }
    }
    lastShown.forEach(
        (rule, last) -> {
          int hidden = seen.get(rule) - max;
          if (hidden > 0) {
            shown.add(closing(rule, last.position(), hidden, max));
          }
        });
    return shown.build();
  }

  private static Finding closing(String rule, Position after, int hidden, int max) {
    return Finding.of(
        rule,
        Severity.INFO,
        after,
        hidden
            + " more "
            + rule
            + " findings not shown (at most "
            + max
            + " a rule; see --max-findings)");
  }
}
