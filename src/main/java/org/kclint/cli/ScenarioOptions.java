package org.kclint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kclint.check.ScenarioBench;
import picocli.CommandLine.Option;

/** Where model scenarios come from: the shipped ones plus the user's directories. */
final class ScenarioOptions {
  @Option(
      names = "--scenarios",
      paramLabel = "DIR",
      description =
          "Also load model scenarios (*.scn) from DIR; they win over shipped ones of the same name.")
  List<Path> dirs = new ArrayList<>();

  ScenarioBench bench() {
    return ScenarioBench.load(dirs);
  }
}
