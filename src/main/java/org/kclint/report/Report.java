package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.rules.Severity;

/**
 * Everything one run has to say: the inputs it checked, the rules it ran, the findings left after
 * severity settings, waivers and the baseline, and the severity at which the run fails (none: it
 * never fails).
 */
public record Report(
    String toolVersion,
    ImmutableList<String> inputs,
    ImmutableList<RuleInfo> rules,
    ImmutableList<Finding> findings,
    Optional<Severity> failOn) {

  public Optional<RuleInfo> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Whether this finding makes the run fail: a decided one at or above the threshold. */
  public boolean fails(Finding f) {
    return f.decided() && failOn.filter(t -> f.severity().compareTo(t) >= 0).isPresent();
  }

  public boolean failed() {
    return findings.stream().anyMatch(this::fails);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }
}
