package org.kclint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.Scenario;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.rules.ConfigResolver;
import org.kclint.rules.Fix;
import org.kclint.rules.Rule;
import org.kclint.rules.RuleCase;
import org.kclint.rules.RuleEngine;
import org.kclint.rules.Verdict;
import org.kclint.rules.parse.RuleFiles;

/**
 * The model agrees with the catalogue: every rule's scenario shows its violation when the rule
 * fires and none under its fixes; the founding rule also under the 6.1 mitigation.
 */
class HazardCheckTest {
  private static final String FOUNDING = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
  private final HazardCheck check =
      new HazardCheck(
          new RuleEngine(RuleFiles.shipped().rules()),
          ScenarioLibrary.shipped(),
          ExplorationLimits.DEFAULT);

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
    Exploration.Violated v =
        assertInstanceOf(Exploration.Violated.class, r.evidence().orElseThrow());
    assertEquals("deadlock", v.trace().violation().kind().id());
  }

  @Test
  void mitigationExploresToNoDeadlock() throws IOException {
    HazardCheck.Result r = founding(founding("mitigated").input());
    assertEquals(Verdict.Status.MITIGATED, r.verdict().status());
    assertInstanceOf(Exploration.Safe.class, r.evidence().orElseThrow());
  }

  /**
   * For every rule of the catalogue: it names a scenario the model has (or its file says why it has
   * none) and binds each of its parameters (cpus may keep its default); on the rule's positive case
   * the scenario has a violation of the kind its scenario block expects, and under each of its
   * fixes it explores completely with none.
   */
  @TestFactory
  Stream<DynamicTest> modelAgreesWithEveryRuleAndItsFixes() {
    ScenarioLibrary library = ScenarioLibrary.shipped();
    List<Rule> rules = RuleFiles.shipped().rules();
    return rules.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id(),
                    () -> {
                      if (rule.scenario().isEmpty()) {
                        assertTrue(
                            saysWhyUnmodelled(rule),
                            rule.id()
                                + " has neither a scenario block nor a '"
                                + UNMODELLED
                                + "' line");
                        return;
                      }
                      String name = rule.scenario().get().scenario();
                      Optional<Scenario> scenario = library.find(name);
                      assertTrue(
                          scenario.isPresent(),
                          rule.id() + " names scenario " + name + ", which the model lacks");
                      List<String> unbound =
                          scenario.get().parameters().stream()
                              .map(p -> p.name())
                              .filter(p -> !p.equals(Scenario.CPUS))
                              .filter(p -> !rule.scenario().get().parameters().containsKey(p))
                              .toList();
                      assertEquals(
                          List.of(), unbound, rule.id() + " leaves parameters at their defaults");
                      RuleCase c =
                          RuleCase.read(Path.of("testdata/rules", rule.id(), "positive.config"));
                      RuleEngine engine = new RuleEngine(List.of(rule));
                      Exploration.Violated v =
                          assertInstanceOf(
                              Exploration.Violated.class,
                              explore(scenario.get(), engine, rule, c.input()));
                      assertEquals(
                          rule.scenario().get().expect().violation(),
                          v.trace().violation().kind().id(),
                          v.trace().violation().message());
                      for (Fix fix : rule.fixes()) {
                        RuleEngine.Input fixed =
                            c.input(
                                ConfigResolver.asGiven(c.symbols().with(fix.changes())),
                                c.kernel());
                        Exploration e = explore(scenario.get(), engine, rule, fixed);
                        assertTrue(e instanceof Exploration.Safe, fix.changesText() + " -> " + e);
                      }
                    }));
  }

  /**
   * On each rule's negative case, where the rule does not fire, its scenario (where the case
   * determines every parameter) explores completely with no violation either.
   */
  @TestFactory
  Stream<DynamicTest> modelFindsNothingOnEveryRulesNegativeCase() {
    ScenarioLibrary library = ScenarioLibrary.shipped();
    return RuleFiles.shipped().rules().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.id(),
                    () -> {
                      RuleCase c =
                          RuleCase.read(Path.of("testdata/rules", rule.id(), "negative.config"));
                      RuleEngine engine = new RuleEngine(List.of(rule));
                      var params = engine.scenarioParameters(rule, c.input());
                      if (params.isPresent()) {
                        Scenario s =
                            library.find(rule.scenario().orElseThrow().scenario()).orElseThrow();
                        Exploration e =
                            Explorer.explore(
                                s,
                                s.bind(HazardCheck.modelValues(params.get())),
                                ExplorationLimits.DEFAULT);
                        assertInstanceOf(Exploration.Safe.class, e, params.get() + " -> " + e);
                      }
                    }));
  }

  /**
   * A hazard the model cannot express (inside one core's pipeline, or in an outer cache the model
   * lacks) has no scenario; its rule file says why in a comment line starting with this.
   */
  private static final String UNMODELLED = "# No scenario: ";

  private static boolean saysWhyUnmodelled(Rule rule) throws IOException {
    return Files.readAllLines(Path.of(rule.position().file())).stream()
        .anyMatch(l -> l.startsWith(UNMODELLED) && l.length() > UNMODELLED.length() + 20);
  }

  private static Exploration explore(
      Scenario scenario, RuleEngine engine, Rule rule, RuleEngine.Input input) {
    var params = engine.scenarioParameters(rule, input).orElseThrow();
    return Explorer.explore(
        scenario, scenario.bind(HazardCheck.modelValues(params)), ExplorationLimits.DEFAULT);
  }
}
