package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped scenario under the bindings its own {@code expect} lines name (the hazard: a
 * violation of the expected kind; each mitigation HAZARDS.md names: explored completely, no
 * violation), for 1-4 CPUs.
 */
class ScenarioCatalogueTest {

  static Stream<Arguments> cases() {
    return Scenarios.LIBRARY.all().stream()
        .flatMap(s -> s.expectations().stream().map(e -> Arguments.of(s.name(), e)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void outcomeFor1To4Cpus(String scenario, Expectation expected) {
    for (int cpus = 1; cpus <= 4; cpus++) {
      Map<String, ParamValue> with = new HashMap<>(expected.given());
      with.put(Scenario.CPUS, new ParamValue.Int(cpus));
      Exploration e = Explorer.explore(Scenarios.get(scenario), with, ExplorationLimits.DEFAULT);
      String where = expected.position() + " " + with + ": " + e;
      Optional<Violation.Kind> kind = expected.at(cpus);
      if (kind.isPresent()) {
        assertTrue(e instanceof Exploration.Violated, where);
        assertEquals(kind.get(), ((Exploration.Violated) e).trace().violation().kind(), where);
      } else {
        assertTrue(e instanceof Exploration.Safe, where);
      }
    }
  }

  @Test
  void everyBindingOfEveryScenarioExploresToAnAnswerFor1To4Cpus() {
    int explorations = 0;
    for (Scenario s : Scenarios.LIBRARY.all()) {
      for (ImmutableMap<String, ParamValue> binding : ParameterSpace.of(s, 1, 4)) {
        Exploration e = Explorer.explore(s, binding, ExplorationLimits.DEFAULT);
        assertFalse(e instanceof Exploration.LimitReached, s.name() + " " + binding + ": " + e);
        explorations++;
      }
    }
    assertTrue(explorations >= 11 * 8, "explorations: " + explorations);
  }

  @Test
  void everyShippedScenarioStatesItsExpectations() {
    for (Scenario s : Scenarios.LIBRARY.all()) {
      assertTrue(
          s.expectations().stream().anyMatch(e -> e.violation().isPresent()),
          s.name() + " expects its hazard somewhere");
      assertTrue(
          s.expectations().stream().anyMatch(e -> e.violation().isEmpty()),
          s.name() + " expects a binding where it is safe");
    }
  }
}
