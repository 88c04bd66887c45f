package org.kclint.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
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
  @Mixin ProjectFileOptions project;

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
      out.print(scenarios.bench(project.settings(Optional.empty()).inputs()).listing());
    } else {
      int[] cpus = range(sweep.get());
      boolean limited =
          scenarios
              .bench(project.settings(Optional.empty()).inputs())
              .sweep(cpus[0], cpus[1], allBindings, out);
      status = limited ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
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
}
