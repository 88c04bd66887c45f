package org.kclint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.BadRequest;
import org.kclint.check.CheckRequest;
import org.kclint.check.CheckSession;
import org.kclint.check.ConfigSource;
import org.kclint.check.TraceOutcome;
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

  @Mixin ProjectFileOptions project;

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
    TraceOutcome outcome;
    try {
      outcome =
          rule != null
              ? ruleOutcome()
              : scenarios
                  .bench(project.settings(Optional.empty()).inputs())
                  .explore(scenario, params, maxStates, maxDepth);
    } catch (BadRequest e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean findings =
        outcome.show(
            format == Format.json,
            output,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
    return findings ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  /** The scenario behind {@link #rule}, explored with the parameters the config and board give. */
  private TraceOutcome ruleOutcome() {
    if (!params.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--param goes with --scenario; a rule binds its own");
    }
    CheckRequest request =
        check
            .request(
                Optional.ofNullable(tree), scenarios, project.settings(Optional.ofNullable(input)))
            .withLimits(maxStates, maxDepth);
    CheckSession session = CheckSession.open(request, spec.commandLine().getErr()::println);
    return TraceOutcome.ofRule(
        session, rule, input == null ? ConfigSource.example() : ConfigSource.file(input));
  }
}
