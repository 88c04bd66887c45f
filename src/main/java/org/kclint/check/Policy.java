package org.kclint.check;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.Optional;
import org.kclint.diag.Position;
import org.kclint.report.SeverityPolicy;
import org.kclint.rules.Severity;

/**
 * What a run reports and when it fails: the severity settings, the threshold, the baseline.
 *
 * @param failOn the severity at which the run fails; empty: it never fails
 * @param baseline findings accepted earlier, reported no more
 * @param ruleNames where a settings file names a rule, to point at a name no rule has
 * @param undecided how findings that hang on unknown facts are shown
 */
public record Policy(
    SeverityPolicy severities,
    Optional<Severity> failOn,
    Optional<Path> baseline,
    ImmutableMap<String, Position> ruleNames,
    Undecided undecided) {

  /** Every rule at its own severity, failing on errors, no baseline, undecided ones summarised. */
  public static final Policy DEFAULT =
      new Policy(SeverityPolicy.DEFAULT, Optional.of(Severity.ERROR), Optional.empty());

  /** Settings from the command line alone, which have no positions. */
  public Policy(SeverityPolicy severities, Optional<Severity> failOn, Optional<Path> baseline) {
    this(severities, failOn, baseline, ImmutableMap.of(), Undecided.SUMMARY);
  }

  public Policy withUndecided(Undecided mode) {
    return new Policy(severities, failOn, baseline, ruleNames, mode);
  }
}
