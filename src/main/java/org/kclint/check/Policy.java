package org.kclint.check;

import java.nio.file.Path;
import java.util.Optional;
import org.kclint.report.SeverityPolicy;
import org.kclint.rules.Severity;

/**
 * What a run reports and when it fails: the severity settings, the threshold, the baseline.
 *
 * @param failOn the severity at which the run fails; empty: it never fails
 * @param baseline findings accepted earlier, reported no more
 */
public record Policy(
    SeverityPolicy severities, Optional<Severity> failOn, Optional<Path> baseline) {

  /** Every rule at its own severity, failing on errors, no baseline. */
  public static final Policy DEFAULT =
      new Policy(SeverityPolicy.DEFAULT, Optional.of(Severity.ERROR), Optional.empty());
}
