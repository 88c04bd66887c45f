package org.kclint.check;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.ParamValue;
import org.kclint.model.Parameter;
import org.kclint.model.ParameterSpace;
import org.kclint.model.ReplayResult;
import org.kclint.model.Replayer;
import org.kclint.model.Scenario;
import org.kclint.model.Trace;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.model.parse.TraceReader;

/**
 * The model's scenarios, the shipped ones and a user's folders on top, and what the commands do
 * with them directly: list them ({@code scenarios}), sweep them over CPU counts ({@code scenarios
 * --sweep}), explore one with parameters ({@code trace --scenario}), replay a saved trace ({@code
 * replay}).
 */
public final class ScenarioBench {
  private final ScenarioLibrary library;

  private ScenarioBench(ScenarioLibrary library) {
    this.library = library;
  }

  /** The shipped scenarios with each folder's {@code *.scn} on top (a bad file: exit 3). */
  public static ScenarioBench load(List<Path> folders) {
    return new ScenarioBench(ScenarioLibrary.of(folders));
  }

  /** Each scenario with its summary, then its parameters: name, type, default, meaning. */
  public String listing() {
    StringBuilder out = new StringBuilder();
    for (Scenario s : library.all()) {
      out.append(s.name()).append("  ").append(s.summary()).append('\n');
      for (Parameter p : s.parameters()) {
        out.append("    ")
            .append(p.name())
            .append(" : ")
            .append(p.type().render())
            .append(" = ")
            .append(p.defaultValue().render())
            .append(p.description().isEmpty() ? "" : "  " + p.description())
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Explores {@code scenario} with {@code params} bound (the others at their defaults). */
  public TraceOutcome explore(
      String scenario, Map<String, String> params, int maxStates, int maxDepth) {
    ExplorationLimits limits = new ExplorationLimits(maxStates, maxDepth);
    Scenario s =
        library
            .find(scenario)
            .orElseThrow(
                () ->
                    new BadRequest(
                        "no scenario '"
                            + scenario
                            + "'; known: "
                            + String.join(", ", library.names())));
    Map<String, ParamValue> values;
    try {
      values = s.parse(params);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    return TraceOutcome.of(scenario, Explorer.explore(s, values, limits));
  }

  /**
   * Explores every scenario for {@code fromCpus..toCpus} CPUs (with {@code allBindings}, under
   * every binding of its other parameters) and prints a line of outcomes, states and time for each,
   * then the total.
   *
   * @return whether an exploration hit a limit
   */
  public boolean sweep(int fromCpus, int toCpus, boolean allBindings, PrintWriter out) {
    long all = System.nanoTime();
    long totalStates = 0;
    int limited = 0;
    out.printf(
        "%-30s %8s %8s %6s %10s %9s%n", "SCENARIO", "BINDINGS", "VIOLATED", "SAFE", "STATES", "MS");
    for (Scenario s : library.all()) {
      long start = System.nanoTime();
      int violated = 0;
      int safe = 0;
      long states = 0;
      for (ImmutableMap<String, ParamValue> binding : bindings(s, fromCpus, toCpus, allBindings)) {
        Exploration e = Explorer.explore(s, binding, ExplorationLimits.DEFAULT);
        states += e.statesExplored();
        if (e instanceof Exploration.Violated) {
          violated++;
        } else if (e instanceof Exploration.Safe) {
          safe++;
        } else {
          limited++;
        }
      }
      totalStates += states;
      out.printf(
          "%-30s %8d %8d %6d %10d %9.1f%n",
          s.name(), violated + safe, violated, safe, states, (System.nanoTime() - start) / 1e6);
    }
    out.printf(
        "total: %d states in %.1f ms for %d..%d CPUs%s%n",
        totalStates,
        (System.nanoTime() - all) / 1e6,
        fromCpus,
        toCpus,
        limited == 0 ? "" : "; " + limited + " explorations hit a limit");
    return limited != 0;
  }

  private static List<ImmutableMap<String, ParamValue>> bindings(
      Scenario s, int fromCpus, int toCpus, boolean allBindings) {
    if (allBindings) {
      return ParameterSpace.of(s, fromCpus, toCpus);
    }
    List<ImmutableMap<String, ParamValue>> out = new ArrayList<>();
    for (int c = fromCpus; c <= toCpus; c++) {
      if (s.parameter(Scenario.CPUS).orElseThrow().type().accepts(ParamValue.of(c))) {
        out.add(s.bind(Map.of(Scenario.CPUS, ParamValue.of(c))));
      }
    }
    return out;
  }

  /** A saved trace re-executed: whether it reproduced its violation, and the line that says so. */
  public record Replay(boolean reproduced, String message) {}

  /** Re-executes the trace in {@code file} (text or JSON) against its scenario. */
  public Replay replay(Path file) {
    Trace trace = new TraceReader(library).read(file);
    ReplayResult result = Replayer.replay(library.find(trace.scenario()).orElseThrow(), trace);
    if (result instanceof ReplayResult.Reproduced ok) {
      return new Replay(
          true,
          "violation reproduced: "
              + ok.violation().kind().id()
              + " after "
              + trace.steps().size()
              + " steps ("
              + trace.scenario()
              + ")");
    }
    return new Replay(
        false, file + ": not reproduced: " + ((ReplayResult.NotReproduced) result).reason());
  }
}
