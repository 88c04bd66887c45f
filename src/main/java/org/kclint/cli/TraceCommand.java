package org.kclint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.CheckRequest;
import org.kclint.check.CheckSession;
import org.kclint.check.CheckedConfig;
import org.kclint.check.ConfigSource;
import org.kclint.check.HazardCheck;
import org.kclint.io.AtomicFiles;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.ParamValue;
import org.kclint.model.Scenario;
import org.kclint.model.TraceWriter;
import org.kclint.model.parse.ScenarioLibrary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kclint trace}: explores a model scenario and shows (or saves) its shortest counterexample,
 * or says that it explored every state and found none.
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    header = "Show the model trace behind a finding, or explore a scenario.",
    description = {
      "Show the model evidence behind a rule's finding on a config (inputs as for check), or "
          + "explore a TLB/IPI model scenario directly; breadth-first, so the counterexample is a "
          + "shortest one.",
      "",
      "Exit 0: explored completely, no violation; 1: violation (trace printed) or a state-space "
          + "limit hit."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint trace smp-highmem-no-hw-tlb-bcast-kmap-deadlock    # the founding example",
      "  kclint trace smp-highmem-no-hw-tlb-bcast-kmap-deadlock --board board.dts \\",
      "      -I inc my.config -o h01.trace",
      "  kclint trace --scenario kmap-ipi-deadlock --param cpus=2",
      "  kclint trace --scenario kmap-ipi-deadlock \\",
      "      --param kmapLockIrqsOff=false                          # 6.1's mitigation",
      "  kclint trace --scenario kmap-ipi-deadlock --format json -o h01.json \\",
      "      && kclint replay h01.json"
    })
public final class TraceCommand implements Callable<Integer> {
  /** How a trace is written. */
  public enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "RULE",
      description =
          "The rule whose model evidence to show, evaluated on IN.config as check evaluates it.")
  String rule;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "IN.config",
      description = "With RULE: the config (default: the bundled example of the founding case).")
  Path input;

  @ArgGroup(exclusive = false, heading = "With RULE, the Kconfig tree (optional):%n")
  KconfigTreeOptions tree;

  @Mixin CheckOptions check;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description = "Explore this scenario directly, instead of a rule's.")
  String scenario;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "K=V",
      description = "Bind a scenario parameter (repeatable); the others take their defaults.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the trace to FILE (atomically).")
  Optional<Path> output = Optional.empty();

  @Option(
      names = "--max-states",
      defaultValue = "2000000",
      converter = PositiveCount.class,
      description = "Stop after this many states (default: ${DEFAULT-VALUE}).")
  int maxStates;

  @Option(
      names = "--max-depth",
      defaultValue = "10000",
      converter = PositiveCount.class,
      description = "Explore at most this many steps deep (default: ${DEFAULT-VALUE}).")
  int maxDepth;

  @Override
  public Integer call() {
    if ((rule == null) == (scenario == null)) {
      throw new ParameterException(spec.commandLine(), "give either RULE or --scenario NAME");
    }
    ExplorationLimits limits = new ExplorationLimits(maxStates, maxDepth);
    return rule != null ? traceRule(limits) : traceScenario(limits);
  }

  /** The scenario behind {@link #rule}, explored with the parameters the config and board give. */
  private int traceRule(ExplorationLimits limits) {
    if (!params.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--param goes with --scenario; a rule binds its own");
    }
    CheckRequest request =
        check
            .request(Optional.ofNullable(tree), scenarios, List.of())
            .withLimits(limits.maxStates(), limits.maxDepth());
    CheckSession session = CheckSession.open(request, spec.commandLine().getErr()::println);
    if (session.catalogue().rules().stream().noneMatch(r -> r.id().equals(rule))) {
      throw new ParameterException(spec.commandLine(), "no rule '" + rule + "' (see kclint rules)");
    }
    ConfigSource config = input == null ? ConfigSource.example() : ConfigSource.file(input);
    Optional<HazardCheck.Result> found =
        session.check(config).hazards().stream()
            .map(CheckedConfig.OnBoard::result)
            .filter(r -> r.verdict().rule().id().equals(rule))
            .findFirst();
    if (found.isEmpty()) {
      spec.commandLine()
          .getOut()
          .println(
              "no trace for "
                  + rule
                  + ": its condition is false on this config (or its kernels exclude this one)");
      spec.commandLine().getOut().flush();
      return ExitCode.OK.code();
    }
    HazardCheck.Result result = found.get();
    if (result.evidence().isEmpty()) {
      String why =
          result
              .note()
              .orElse(
                  "status "
                      + result.verdict().status().name().toLowerCase(java.util.Locale.ROOT)
                      + ": the model is consulted only when the rule holds or the kernel mitigates it");
      spec.commandLine().getOut().println("no trace for " + rule + ": " + why);
      spec.commandLine().getOut().flush();
      return ExitCode.OK.code();
    }
    scenario = result.verdict().rule().scenario().get().scenario();
    return show(result.evidence().get());
  }

  private int traceScenario(ExplorationLimits limits) {
    ScenarioLibrary library = scenarios.library();
    Scenario s =
        library
            .find(scenario)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "no scenario '"
                            + scenario
                            + "'; known: "
                            + String.join(", ", library.names())));
    Map<String, ParamValue> values;
    try {
      values = s.parse(params);
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
      String text =
          format == Format.json ? TraceWriter.json(v.trace()) : TraceWriter.text(v.trace());
      if (output.isPresent()) {
        AtomicFiles.write(output.get(), text);
        err.println(
            "kclint: "
                + v.trace().violation().kind().id()
                + " in "
                + v.trace().steps().size()
                + " steps; trace written to "
                + output.get());
      } else {
        out.print(text);
      }
      err.flush();
      out.flush();
      return ExitCode.FINDINGS.code();
    }
    if (result instanceof Exploration.Safe safe) {
      out.println(
          "no violation: scenario "
              + scenario
              + " explored completely ("
              + safe.statesExplored()
              + " states, longest run "
              + safe.maxDepth()
              + " steps)");
      out.flush();
      return ExitCode.OK.code();
    }
    Exploration.LimitReached limit = (Exploration.LimitReached) result;
    err.println(
        "kclint: limit "
            + limit.limit()
            + " reached after "
            + limit.statesExplored()
            + " states at depth "
            + limit.depth()
            + " without a violation; the scenario is NOT shown safe (raise the limit)");
    err.flush();
    return ExitCode.FINDINGS.code();
  }
}
