package org.kclint.model.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.Scenario;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the scenario language and, for every scenario that parses, the model on it: a bounded
 * exploration with default parameters must end in a verdict or a limit, never in an exception.
 * Seeds and regressions: testdata/fuzz/org/kclint/model/parse/ScenarioFuzzTestInputs/fuzzScenario.
 */
class ScenarioFuzzTest {
  /** Small enough that one input explores in milliseconds. */
  private static final ExplorationLimits LIMITS = new ExplorationLimits(2_000, 200);

  static {
    FuzzChecks.warmUp(
        ScenarioFuzzTest.class,
        "fuzzScenario",
        input -> new ScenarioFuzzTest().fuzzScenario(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzScenario(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzChecks.onlyInputErrors(
        () -> {
          Scenario scenario = ScenarioParser.parse("fuzz.scn", text);
          Explorer.explore(scenario, ImmutableMap.of(), LIMITS);
        });
  }
}
