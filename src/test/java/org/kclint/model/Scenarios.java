package org.kclint.model;

import java.util.Map;
import org.kclint.model.parse.ScenarioLibrary;

/** Test helpers: the shipped scenarios and explorations with textual parameters. */
final class Scenarios {
  static final ScenarioLibrary LIBRARY = ScenarioLibrary.shipped();

  private Scenarios() {}

  static Scenario get(String name) {
    return LIBRARY.find(name).orElseThrow(() -> new AssertionError("no shipped scenario " + name));
  }

  static Exploration explore(String name, Map<String, String> params) {
    Scenario s = get(name);
    return Explorer.explore(s, s.parse(params), ExplorationLimits.DEFAULT);
  }
}
