package org.kclint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kclint.board.BoardFacts;
import org.kclint.board.CpuDatabase;
import org.kclint.board.FactOverrides;
import org.kclint.board.TreeFacts;
import org.kclint.board.parse.DtsReader;
import org.kclint.io.InputFiles;
import picocli.CommandLine.Option;

/** How a command learns about the board: include folders for its DTS, and an override file. */
final class BoardOptions {
  @Option(
      names = {"-I", "--include"},
      paramLabel = "DIR",
      description = "Folder searched for #include and /include/ files, like cpp's and dtc's -I.")
  List<Path> includeDirs = new ArrayList<>();

  @Option(
      names = {"--board-facts", "--facts"},
      paramLabel = "FILE",
      description = "Board facts override file: 'fact = value' lines (see README, Board facts).")
  Path overrideFile;

  @Option(
      names = "--allow-outside-includes",
      description =
          "Let #include, /include/ and /incbin/ read files outside the DTS's folder and "
              + "the -I folders (refused by default, as kclint reads only what it is given).")
  boolean allowOutsideIncludes;

  private DtsReader reader;
  private CpuDatabase cpus;

  /**
   * Adds the folders the kernel's build searches for the device trees of {@code arch} in the tree
   * at {@code root} (its dts folder and scripts/dtc/include-prefixes, whose dt-bindings is a link
   * to include/dt-bindings) after the -I folders; returns the dts folder.
   */
  Path useTreeIncludes(Path root, String arch) {
    Path dts = root.resolve("arch").resolve(arch).resolve("boot/dts");
    includeDirs.addAll(
        List.of(dts, root.resolve("scripts/dtc/include-prefixes"), root.resolve("include")));
    return dts;
  }

  /** One reader per command run, so that boards sharing .dtsi files read them once. */
  DtsReader reader() {
    if (reader == null) {
      reader = new DtsReader(includeDirs, allowOutsideIncludes);
    }
    return reader;
  }

  CpuDatabase cpus() {
    if (cpus == null) {
      cpus = CpuDatabase.bundled();
    }
    return cpus;
  }

  /** The facts of a board described by {@code dts}, with the override file applied. */
  BoardFacts facts(TreeFacts tree) {
    return BoardFacts.of(tree, cpus()).with(overrides());
  }

  /** The facts of the override file alone, for a board without a device tree. */
  BoardFacts factsWithoutTree() {
    return BoardFacts.unknown().with(overrides());
  }

  FactOverrides overrides() {
    if (overrideFile == null) {
      return FactOverrides.none();
    }
    return FactOverrides.parse(overrideFile.toString(), InputFiles.read(overrideFile));
  }
}
