package org.kclint.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kclint.diag.Position;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.ParamValue;
import org.kclint.model.Parameter;
import org.kclint.model.Scenario;
import org.kclint.model.Violation;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.report.Finding;
import org.kclint.report.HazardFindings;
import org.kclint.rules.ModelVocabulary;
import org.kclint.rules.RuleEngine;
import org.kclint.rules.RuleValue;
import org.kclint.rules.Verdict;

/**
 * Runs the rule catalogue and backs each verdict with the model: a hazard with the shortest
 * counterexample of its scenario, a mitigated combination with the exploration that finds none.
 */
public final class HazardCheck {
  /**
   * @param evidence the model's exploration under the verdict's parameters
   * @param note why there is no evidence, when there is none
   */
  public record Result(Verdict verdict, Optional<Exploration> evidence, Optional<String> note) {}

  private final RuleEngine engine;
  private final ScenarioLibrary scenarios;
  private final ExplorationLimits limits;

  /**
   * The model's answer for each scenario and binding asked about: it depends on nothing else, and
   * an editor's session asks again on every keystroke.
   */
  private final Map<List<Object>, Exploration> explored;

  /**
   * @throws org.kclint.diag.InputException where a rule names a scenario or a parameter the library
   *     lacks
   */
  public HazardCheck(RuleEngine engine, ScenarioLibrary scenarios, ExplorationLimits limits) {
    this.engine = engine;
    this.scenarios = scenarios;
    this.limits = limits;
    this.explored = new ConcurrentHashMap<>();
    vocabulary(scenarios).check(engine.rules());
  }

  private HazardCheck(HazardCheck full, RuleEngine engine) {
    this.engine = engine;
    this.scenarios = full.scenarios;
    this.limits = full.limits;
    this.explored = full.explored;
  }

  /** This check with its engine {@linkplain RuleEngine#withoutFixes without the fixes}. */
  HazardCheck withoutFixes() {
    return new HazardCheck(this, engine.withoutFixes());
  }

  /** The library's scenarios and parameters and the model's violations, as rule files name them. */
  static ModelVocabulary vocabulary(ScenarioLibrary scenarios) {
    return new ModelVocabulary(
        scenarios.all().stream()
            .collect(
                ImmutableMap.toImmutableMap(
                    Scenario::name,
                    s ->
                        s.parameters().stream()
                            .map(Parameter::name)
                            .collect(ImmutableSet.toImmutableSet()))),
        java.util.Arrays.stream(Violation.Kind.values())
            .map(Violation.Kind::id)
            .collect(ImmutableSet.toImmutableSet()));
  }

  public ImmutableList<Result> run(RuleEngine.Input input) {
    return engine.check(input).stream().map(this::back).collect(ImmutableList.toImmutableList());
  }

  private Result back(Verdict v) {
    boolean wanted = v.status() == Verdict.Status.HAZARD || v.status() == Verdict.Status.MITIGATED;
    if (!wanted || v.rule().scenario().isEmpty()) {
      return new Result(v, Optional.empty(), Optional.empty());
    }
    String name = v.rule().scenario().get().scenario();
    if (v.scenario().isEmpty()) {
      return new Result(
          v,
          Optional.empty(),
          Optional.of("scenario " + name + ": a parameter depends on an unknown"));
    }
    Optional<Scenario> scenario = scenarios.find(name);
    if (scenario.isEmpty()) {
      return new Result(
          v, Optional.empty(), Optional.of("scenario " + name + " is not in the model"));
    }
    try {
      Map<String, ParamValue> params = modelValues(v.scenario().get().parameters());
      Exploration e = explored.get(List.of(name, params));
      if (e == null) {
        e = Explorer.explore(scenario.get(), scenario.get().bind(params), limits);
        explored.put(List.of(name, params), e);
      }
      return new Result(v, Optional.of(e), Optional.empty());
    } catch (IllegalArgumentException e) {
      return new Result(
          v, Optional.empty(), Optional.of("scenario " + name + ": " + e.getMessage()));
    }
  }

  /** A result as a report finding: the verdict, and the model's trace or its all-clear. */
  public static Finding finding(Result r, Function<String, Optional<Position>> lines) {
    Finding f = HazardFindings.of(r.verdict(), lines);
    ImmutableList.Builder<String> detail = ImmutableList.<String>builder().addAll(f.detail());
    r.note().ifPresent(n -> detail.add("no model trace: " + n));
    if (r.evidence().isPresent()) {
      Exploration e = r.evidence().get();
      String scenario = r.verdict().rule().scenario().orElseThrow().scenario();
      if (e instanceof Exploration.Violated v) {
        detail.add(
            "model: "
                + v.trace().violation().kind().id()
                + " in "
                + v.trace().steps().size()
                + " steps (scenario "
                + scenario
                + ", "
                + v.statesExplored()
                + " states explored)");
        f = f.withTrace(v.trace());
      } else if (e instanceof Exploration.Safe safe) {
        detail.add(
            "model: scenario "
                + scenario
                + " explored completely ("
                + safe.statesExplored()
                + " states): no violation");
      } else if (e instanceof Exploration.LimitReached limit) {
        detail.add(
            "model: scenario "
                + scenario
                + " stopped at the "
                + limit.limit()
                + " limit after "
                + limit.statesExplored()
                + " states: neither shown safe nor unsafe");
      }
    }
    return f.withDetail(detail.build());
  }

  /** Rule values as the model takes them: tristates as booleans (m counts as built). */
  public static ImmutableMap<String, ParamValue> modelValues(Map<String, RuleValue> values) {
    ImmutableMap.Builder<String, ParamValue> out = ImmutableMap.builder();
    values.forEach((k, v) -> out.put(k, modelValue(v)));
    return out.buildOrThrow();
  }

  private static ParamValue modelValue(RuleValue v) {
    if (v instanceof RuleValue.Tri t) {
      return ParamValue.of(t.level() > 0);
    }
    if (v instanceof RuleValue.Num n) {
      if (n.value() < Integer.MIN_VALUE || n.value() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(n + " is too large for the model");
      }
      return ParamValue.of((int) n.value());
    }
    return ParamValue.ofName(v instanceof RuleValue.Str s ? s.text() : v.toString());
  }
}
