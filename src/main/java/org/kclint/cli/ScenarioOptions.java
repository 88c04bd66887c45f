package org.kclint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kclint.check.ProjectInputs;
import org.kclint.check.ScenarioBench;
import picocli.CommandLine.Option;

/**
 * Where model scenarios come from: the shipped ones, the {@code .kclint}'s folders, then the
 * command line's.
 */
final class ScenarioOptions {
  @Option(
      names = "--scenarios",
      paramLabel = "DIR",
      description =
          "Also load model scenarios (*.scn) from DIR; they win over shipped ones of the same name.")
  List<Path> dirs = new ArrayList<>();

  /** The settings file's scenario folders, then the command line's (which win). */
  List<Path> dirs(ProjectInputs file) {
    List<Path> all = new ArrayList<>(file.scenarios());
    all.addAll(dirs);
    return all;
  }

  ScenarioBench bench(ProjectInputs file) {
    return ScenarioBench.load(dirs(file));
  }
}
