package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.ScenarioBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kclint replay}: re-executes a saved trace against the model. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    header = "Re-execute a saved trace and confirm its steps and violation.",
    description = {
      "Re-execute a saved trace (text or JSON) against the model and confirm each step and the "
          + "violation.",
      "",
      "Exit 0: violation reproduced; 1: a step is not enabled or the violation is not reached; "
          + "3: unreadable trace."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  kclint trace --scenario kmap-ipi-deadlock -o h01.trace",
      "  kclint replay h01.trace"
    })
public final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Mixin ProjectFileOptions project;

  @Parameters(paramLabel = "FILE", description = "The trace, as written by 'kclint trace'.")
  Path file;

  @Override
  public Integer call() {
    ScenarioBench.Replay replay =
        scenarios.bench(project.settings(Optional.of(file)).inputs()).replay(file);
    PrintWriter stream =
        replay.reproduced() ? spec.commandLine().getOut() : spec.commandLine().getErr();
    stream.println(replay.message());
    stream.flush();
    return replay.reproduced() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
