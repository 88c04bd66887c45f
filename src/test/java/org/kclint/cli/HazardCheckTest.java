package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kclint.model.Explorer;
import org.kclint.model.Scenario;
import org.kclint.rules.Rule;
import org.kclint.model.Exploration;
import org.kclint.model.Limits;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.rules.ConfigResolver;
import org.kclint.rules.Fix;
import org.kclint.rules.RuleCase;
import org.kclint.rules.RuleEngine;
import org.kclint.rules.Verdict;
import org.kclint.rules.parse.RuleFiles;

/** The model agrees with the founding rule: a deadlock when it fires, none when mitigated or fixed. */
class HazardCheckTest {
  private static final String FOUNDING = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
  private final HazardCheck check =
      new HazardCheck(new RuleEngine(RuleFiles.shipped().rules()), ScenarioLibrary.shipped(), Limits.DEFAULT);

  private static RuleCase founding(String name) throws IOException {
    return RuleCase.read(Path.of("testdata/rules", FOUNDING, name + ".config"));
  }

  private HazardCheck.Result founding(RuleEngine.Input input) {
    List<HazardCheck.Result> results =
        check.run(input).stream().filter(r -> r.verdict().rule().id().equals(FOUNDING)).toList();
    assertEquals(1, results.size());
    return results.get(0);
  }

  @Test
  void hazardComesWithTheDeadlockTrace() throws IOException {
    HazardCheck.Result r = founding(founding("positive").input());
    Exploration.Violated v = assertInstanceOf(Exploration.Violated.class, r.evidence().orElseThrow());
    assertEquals("deadlock", v.trace().violation().kind().id());
  }

  @Test
  void mitigationExploresToNoDeadlock() throws IOException {
    HazardCheck.Result r = founding(founding("mitigated").input());
    assertEquals(Verdict.Status.MITIGATED, r.verdict().status());
    assertInstanceOf(Exploration.Safe.class, r.evidence().orElseThrow());
  }

  /**
   * For every rule whose scenario the model has: on the rule's positive case the scenario has a
   * violation, and under each of its fixes it explores completely with none.
   */
  @TestFactory
  Stream<DynamicTest> modelAgreesWithEveryRuleAndItsFixes() {
    ScenarioLibrary library = ScenarioLibrary.shipped();
    return RuleFiles.shipped().rules().stream()
        .filter(r -> r.scenario().isPresent())
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id(),
                    () -> {
                      String name = rule.scenario().get().scenario();
                      Optional<Scenario> scenario = library.find(name);
                      if (scenario.isEmpty()) {
                        System.err.println("NOTE " + rule.id() + ": scenario " + name + " is not in the model yet");
                        return;
                      }
                      RuleCase c = RuleCase.read(Path.of("testdata/rules", rule.id(), "positive.config"));
                      RuleEngine engine = new RuleEngine(List.of(rule));
                      assertInstanceOf(Exploration.Violated.class, explore(scenario.get(), engine, rule, c.input()));
                      for (Fix fix : rule.fixes()) {
                        RuleEngine.Input fixed =
                            c.input(ConfigResolver.asGiven(c.symbols().with(fix.changes())), c.kernel());
                        Exploration e = explore(scenario.get(), engine, rule, fixed);
                        assertTrue(e instanceof Exploration.Safe, fix.changesText() + " -> " + e);
                      }
                    }));
  }

  private static Exploration explore(Scenario scenario, RuleEngine engine, Rule rule, RuleEngine.Input input) {
    var params = engine.scenarioParameters(rule, input).orElseThrow();
    return Explorer.explore(scenario, scenario.bind(HazardCheck.modelValues(params)), Limits.DEFAULT);
  }
}
