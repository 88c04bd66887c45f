package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.kclint.report.Baseline;
import org.kclint.report.Finding;
import org.kclint.report.Report;
import org.kclint.rules.Severity;

/**
 * A run's outcome.
 *
 * @param accepted the findings after waivers and severity settings, before the baseline: what a new
 *     baseline records
 * @param report what is reported: the accepted findings the baseline does not know
 */
public record CheckReport(ImmutableList<Finding> accepted, Report report) {
  /** The accepted findings as the baseline file {@code file} records them. */
  public String baseline(Path file) {
    return Baseline.render(accepted, file);
  }

  /** How many errors and warnings are reported, as "N errors, M warnings". */
  public String tally() {
    return report.count(Severity.ERROR)
        + " errors, "
        + report.count(Severity.WARNING)
        + " warnings";
  }
}
