package org.kclint.report;

import java.util.Optional;
import org.kclint.rules.Rule;
import org.kclint.rules.Severity;

/**
 * What a report says about a rule besides its findings (SARIF's rule metadata, JUnit's test cases):
 * its stable id, default severity, one-line summary and, where there is one, the long explanation.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, Optional<String> help) {
  /** kclint's home page, where each rule has its anchor. */
  public static final String INFORMATION_URI = "https://github.com/kclint/kclint";

  /** Where a rule's help lives: SARIF's helpUri, an editor diagnostic's link. */
  public static String helpUri(String rule) {
    return INFORMATION_URI + "#" + rule;
  }

  public static RuleInfo of(Rule rule) {
    return new RuleInfo(
        rule.id(), rule.severity(), rule.summary(), Optional.of(rule.explanation()));
  }
}
