package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Rule;
import org.kclint.rules.Severity;
import org.kclint.rules.parse.RuleFiles;

/**
 * What a report says about a rule besides its findings (SARIF's rule metadata, JUnit's test cases):
 * its stable id, default severity, one-line summary and, where there is one, the long explanation.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, Optional<String> help) {
  /** The catalogue area of the Kconfig checks ({@code rules/catalogue/kconfig/}). */
  public static final String KCONFIG = "kconfig";

  /** The catalogue area of the waiver checks ({@code rules/catalogue/waivers/}). */
  public static final String WAIVERS = "waivers";

  /** The catalogue area of the note on undecided rules ({@code rules/catalogue/facts/}). */
  public static final String FACTS = "facts";

  public static RuleInfo of(Rule rule) {
    return new RuleInfo(
        rule.id(), rule.severity(), rule.summary(), Optional.of(rule.explanation()));
  }

  public static RuleInfo of(BuiltInCheck check) {
    return new RuleInfo(
        check.id(), check.severity(), check.summary(), Optional.of(check.explanation()));
  }

  /** The shipped checks of one catalogue area, as their entries state them. */
  public static ImmutableList<RuleInfo> checks(String area) {
    return RuleFiles.shippedChecks().stream()
        .filter(c -> c.area().equals(area))
        .map(RuleInfo::of)
        .collect(ImmutableList.toImmutableList());
  }

  /** The severity a shipped check's entry gives its findings. */
  static Severity severityOf(String check) {
    return RuleFiles.shippedCheck(check)
        .orElseThrow(() -> new IllegalStateException("no catalogue entry for check " + check))
        .severity();
  }
}
