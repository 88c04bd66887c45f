package org.kclint.rules.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the rule DSL reader from bytes, as rule packs are read from disk. Seeds and regressions:
 * testdata/fuzz/org/kclint/rules/parse/RuleFuzzTestInputs/fuzzRule.
 */
class RuleFuzzTest {
  static {
    FuzzChecks.warmUp(RuleFuzzTest.class, "fuzzRule", input -> new RuleFuzzTest().fuzzRule(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzRule(byte[] input) {
    FuzzChecks.onlyInputErrors(() -> RuleParser.parse(input, "fuzz.rule", "fuzz"));
  }
}
