package org.kclint.cli;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.ParamValue;
import org.kclint.model.Parameter;
import org.kclint.model.ParameterSpace;
import org.kclint.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kclint scenarios}: the model scenarios with their parameters; with {@code --sweep},
 * explores every one under every parameter binding and reports states and time.
 */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    header = "List the model's scenarios, or sweep them over CPU counts.",
    description = {
      "List the TLB/IPI model scenarios and their parameters (name, type, default, meaning).",
      "",
      "With --sweep MIN..MAX, explore each scenario with its default parameters for MIN..MAX "
          + "CPUs (with --all-bindings: under every binding of its boolean and enum parameters) "
          + "and print the outcomes, states explored and time taken."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint scenarios",
      "  kclint scenarios --sweep 1..4",
      "  kclint scenarios --sweep 1..4 --all-bindings"
    })
final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Option(
      names = "--sweep",
      paramLabel = "MIN..MAX",
      description = "Explore every binding for MIN..MAX CPUs.")
  Optional<String> sweep = Optional.empty();

  @Option(
      names = "--all-bindings",
      description =
          "Sweep every binding of the boolean and enum parameters, not only the defaults.")
  boolean allBindings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int status = 0;
    if (sweep.isEmpty()) {
      for (Scenario s : scenarios.library().all()) {
        out.println(s.name() + "  " + s.summary());
        for (Parameter p : s.parameters()) {
          out.println(
              "    "
                  + p.name()
                  + " : "
                  + p.type().render()
                  + " = "
                  + p.defaultValue().render()
                  + (p.description().isEmpty() ? "" : "  " + p.description()));
        }
      }
    } else {
      status = sweep(out, range(sweep.get()));
    }
    out.flush();
    return status;
  }

  private int[] range(String text) {
    String[] parts = text.split("\\.\\.", -1);
    try {
      int[] r = {Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1])};
      if (parts.length <= 2 && r[0] >= 1 && r[0] <= r[1]) {
        return r;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(), "--sweep takes MIN..MAX CPUs, e.g. 1..4, not " + text);
  }

  private List<ImmutableMap<String, ParamValue>> bindings(Scenario s, int[] cpus) {
    if (allBindings) {
      return ParameterSpace.of(s, cpus[0], cpus[1]);
    }
    List<ImmutableMap<String, ParamValue>> out = new ArrayList<>();
    for (int c = cpus[0]; c <= cpus[1]; c++) {
      if (s.parameter(Scenario.CPUS).orElseThrow().type().accepts(ParamValue.of(c))) {
        out.add(s.bind(Map.of(Scenario.CPUS, ParamValue.of(c))));
      }
    }
    return out;
  }

  private int sweep(PrintWriter out, int[] cpus) {
    long all = System.nanoTime();
    long totalStates = 0;
    int limited = 0;
    out.printf(
        "%-30s %8s %8s %6s %10s %9s%n", "SCENARIO", "BINDINGS", "VIOLATED", "SAFE", "STATES", "MS");
    for (Scenario s : scenarios.library().all()) {
      long start = System.nanoTime();
      int violated = 0;
      int safe = 0;
      long states = 0;
      for (ImmutableMap<String, ParamValue> binding : bindings(s, cpus)) {
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
        cpus[0],
        cpus[1],
        limited == 0 ? "" : "; " + limited + " explorations hit a limit");
    return limited == 0 ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
