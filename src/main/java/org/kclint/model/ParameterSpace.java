package org.kclint.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every binding of a scenario's parameters for a range of CPU counts: each boolean and each
 * enumeration value, other integers at their default. What a sweep (benchmark, agreement test)
 * explores.
 */
public final class ParameterSpace {
  private ParameterSpace() {}

  /** All bindings with {@code cpus} in {@code minCpus..maxCpus} (clipped to the declared range). */
  public static ImmutableList<ImmutableMap<String, ParamValue>> of(
      Scenario s, int minCpus, int maxCpus) {
    List<Map<String, ParamValue>> partial = new ArrayList<>();
    partial.add(new LinkedHashMap<>());
    for (Parameter p : s.parameters()) {
      List<ParamValue> choices = choices(p, minCpus, maxCpus);
      List<Map<String, ParamValue>> next = new ArrayList<>();
      for (Map<String, ParamValue> m : partial) {
        for (ParamValue v : choices) {
          Map<String, ParamValue> copy = new LinkedHashMap<>(m);
          copy.put(p.name(), v);
          next.add(copy);
        }
      }
      partial = next;
    }
    return partial.stream().map(ImmutableMap::copyOf).collect(ImmutableList.toImmutableList());
  }

  private static List<ParamValue> choices(Parameter p, int minCpus, int maxCpus) {
    if (p.type() instanceof ParameterType.Bool) {
      return List.of(ParamValue.of(false), ParamValue.of(true));
    }
    if (p.type() instanceof ParameterType.Enum e) {
      return e.names().stream().map(ParamValue::ofName).toList();
    }
    ParameterType.Int range = (ParameterType.Int) p.type();
    if (!p.name().equals(Scenario.CPUS)) {
      return List.of(p.defaultValue());
    }
    List<ParamValue> out = new ArrayList<>();
    for (int c = Math.max(minCpus, range.min()); c <= Math.min(maxCpus, range.max()); c++) {
      out.add(ParamValue.of(c));
    }
    return out;
  }
}
