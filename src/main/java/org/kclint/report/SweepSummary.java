package org.kclint.report;

import java.util.List;
import org.kclint.rules.Severity;

/**
 * The table a sweep ends with: one row per config checked, its decided errors, warnings and infos
 * as reported (after severity settings, waivers and baseline), the rules left undecided for want of
 * facts (counted apart: they never fail a run), and a total row.
 */
public final class SweepSummary {
  private static final int UNDECIDED = Severity.values().length;

  private SweepSummary() {}

  public static String table(List<String> configs, List<Finding> findings) {
    String totalLabel = "total (" + configs.size() + " configs)";
    int width =
        Math.max(totalLabel.length(), configs.stream().mapToInt(String::length).max().orElse(0));
    String row = "%-" + width + "s %7s %9s %5s %10s%n";
    StringBuilder b =
        new StringBuilder(String.format(row, "config", "errors", "warnings", "info", "undecided"));
    long[] total = new long[UNDECIDED + 1];
    for (String config : configs) {
      long[] counts = new long[UNDECIDED + 1];
      findings.stream()
          .filter(f -> f.position().file().equals(config))
          .forEach(f -> count(f, counts));
      for (int i = 0; i < counts.length; i++) {
        total[i] += counts[i];
      }
      b.append(line(row, config, counts));
    }
    b.append(line(row, totalLabel, total));
    return b.toString();
  }

  /** A decided finding counts at its severity; an undecided one as the rules it stands for. */
  private static void count(Finding f, long[] counts) {
    if (f.decided()) {
      counts[f.severity().ordinal()]++;
    } else {
      counts[UNDECIDED] += f.extra().get("undecided") instanceof Number n ? n.longValue() : 1;
    }
  }

  private static String line(String row, String label, long[] counts) {
    return String.format(
        row,
        label,
        counts[Severity.ERROR.ordinal()],
        counts[Severity.WARNING.ordinal()],
        counts[Severity.INFO.ordinal()],
        counts[UNDECIDED]);
  }
}
