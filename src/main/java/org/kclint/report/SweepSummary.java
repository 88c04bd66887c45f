package org.kclint.report;

import java.util.List;
import org.kclint.rules.Severity;

/**
 * The table a sweep ends with: one row per config checked, its errors, warnings and infos as
 * reported (after severity settings, waivers and baseline), and a total row.
 */
public final class SweepSummary {
  private SweepSummary() {}

  public static String table(List<String> configs, List<Finding> findings) {
    String totalLabel = "total (" + configs.size() + " configs)";
    int width =
        Math.max(totalLabel.length(), configs.stream().mapToInt(String::length).max().orElse(0));
    String row = "%-" + width + "s %7s %9s %5s%n";
    StringBuilder b = new StringBuilder(String.format(row, "config", "errors", "warnings", "info"));
    int[] total = new int[3];
    for (String config : configs) {
      int[] counts = new int[3];
      findings.stream()
          .filter(f -> f.position().file().equals(config))
          .forEach(f -> counts[f.severity().ordinal()]++);
      for (int i = 0; i < 3; i++) {
        total[i] += counts[i];
      }
      b.append(
          String.format(
              row,
              config,
              counts[Severity.ERROR.ordinal()],
              counts[Severity.WARNING.ordinal()],
              counts[Severity.INFO.ordinal()]));
    }
    b.append(
        String.format(
            row,
            totalLabel,
            total[Severity.ERROR.ordinal()],
            total[Severity.WARNING.ordinal()],
            total[Severity.INFO.ordinal()]));
    return b.toString();
  }
}
