package org.kclint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.io.AtomicFiles;
import org.kclint.model.Exploration;
import org.kclint.model.Explorer;
import org.kclint.model.Limits;
import org.kclint.model.Scenario;
import org.kclint.model.TraceWriter;
import org.kclint.model.Value;
import org.kclint.model.parse.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kclint trace}: explores a model scenario and shows (or saves) its shortest
 * counterexample, or says that it explored every state and found none.
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Explore a TLB/IPI model scenario breadth-first and print its shortest counterexample trace.",
      "Exit 0: explored completely, no violation; 1: violation (trace printed) or a state-space limit hit."
    },
    footer = {
      "",
      "Examples:",
      "  kclint trace --scenario kmap-ipi-deadlock --param cpus=2",
      "  kclint trace --scenario kmap-ipi-deadlock --param kmapLockIrqsOff=false   # 6.1's mitigation",
      "  kclint trace --scenario kmap-ipi-deadlock --format json -o h01.json && kclint replay h01.json"
    })
public final class TraceCommand implements Callable<Integer> {
  /** How a trace is written. */
  public enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario to explore.")
  String scenario;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "K=V",
      description = "Bind a scenario parameter (repeatable); the others take their defaults.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the trace to FILE (atomically).")
  Optional<Path> output = Optional.empty();

  @Option(names = "--max-states", defaultValue = "2000000", description = "Stop after this many states (default: ${DEFAULT-VALUE}).")
  int maxStates;

  @Option(names = "--max-depth", defaultValue = "10000", description = "Explore at most this many steps deep (default: ${DEFAULT-VALUE}).")
  int maxDepth;

  @Override
  public Integer call() {
    ScenarioLibrary library = scenarios.library();
    Scenario s =
        library
            .find(scenario)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "no scenario '" + scenario + "'; known: " + String.join(", ", library.names())));
    Map<String, Value> values;
    Limits limits;
    try {
      values = s.parse(params);
      limits = new Limits(maxStates, maxDepth);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return show(Explorer.explore(s, values, limits));
  }

  /** Prints or saves the outcome of an exploration; the exit code for it. */
  int show(Exploration result) {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (result instanceof Exploration.Violated v) {
      String text = format == Format.json ? TraceWriter.json(v.trace()) : TraceWriter.text(v.trace());
      if (output.isPresent()) {
        AtomicFiles.write(output.get(), text);
        err.println(
            "kclint: " + v.trace().violation().kind().id() + " in " + v.trace().steps().size()
                + " steps; trace written to " + output.get());
      } else {
        out.print(text);
      }
      err.flush();
      out.flush();
      return Main.EXIT_FINDINGS;
    }
    if (result instanceof Exploration.Safe safe) {
      out.println(
          "no violation: scenario " + scenario + " explored completely (" + safe.statesExplored()
              + " states, longest run " + safe.maxDepth() + " steps)");
      out.flush();
      return 0;
    }
    Exploration.LimitReached limit = (Exploration.LimitReached) result;
    err.println(
        "kclint: limit " + limit.limit() + " reached after " + limit.statesExplored() + " states at depth "
            + limit.depth() + " without a violation; the scenario is NOT shown safe (raise the limit)");
    err.flush();
    return Main.EXIT_FINDINGS;
  }
}
