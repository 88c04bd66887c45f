package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kclint.check.BoardSource;
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

  /** The board these options describe, with {@code dts} as its device tree when given. */
  BoardSource source(Optional<Path> dts) {
    return new BoardSource(
        dts,
        ImmutableList.copyOf(includeDirs),
        Optional.ofNullable(overrideFile),
        allowOutsideIncludes);
  }
}
