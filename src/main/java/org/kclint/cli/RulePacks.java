package org.kclint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: the shipped catalogue plus a project's own packs, later ones winning. */
final class RulePacks {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "Add the rules under DIR/<area>/<id>.rule (repeatable; later packs replace earlier rules of the same id).")
  List<Path> folders = new ArrayList<>();

  /** The project's packs ({@code rules} lines of .kclint) before the command line's, which win. */
  List<Path> withProjectPacks(List<Path> project) {
    List<Path> all = new ArrayList<>(project);
    all.addAll(folders);
    return all;
  }
}
