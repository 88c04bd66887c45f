package org.kclint.report;

import java.util.Optional;
import org.kclint.rules.Rule;
import org.kclint.rules.Severity;

/**
 * What a report says about a rule besides its findings (SARIF's rule metadata, JUnit's test cases):
 * its stable id, default severity, one-line summary and, where there is one, the long explanation.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, Optional<String> help) {
  public static RuleInfo of(Rule rule) {
    return new RuleInfo(
        rule.id(), rule.severity(), rule.summary(), Optional.of(rule.explanation()));
  }
}
