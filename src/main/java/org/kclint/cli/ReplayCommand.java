package org.kclint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kclint.model.ReplayResult;
import org.kclint.model.Replayer;
import org.kclint.model.Trace;
import org.kclint.model.parse.TraceReader;
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

  @Parameters(paramLabel = "FILE", description = "The trace, as written by 'kclint trace'.")
  Path file;

  @Override
  public Integer call() {
    Trace trace = new TraceReader(scenarios.library()).read(file);
    ReplayResult result =
        Replayer.replay(scenarios.library().find(trace.scenario()).orElseThrow(), trace);
    if (result instanceof ReplayResult.Reproduced ok) {
      spec.commandLine()
          .getOut()
          .println(
              "violation reproduced: "
                  + ok.violation().kind().id()
                  + " after "
                  + trace.steps().size()
                  + " steps ("
                  + trace.scenario()
                  + ")");
      spec.commandLine().getOut().flush();
      return ExitCode.OK.code();
    }
    ReplayResult.NotReproduced bad = (ReplayResult.NotReproduced) result;
    spec.commandLine().getErr().println(file + ": not reproduced: " + bad.reason());
    spec.commandLine().getErr().flush();
    return ExitCode.FINDINGS.code();
  }
}
