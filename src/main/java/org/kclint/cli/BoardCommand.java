package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.BoardReader;
import org.kclint.check.BoardSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kclint board}: the facts kclint reads from board descriptions. */
@Command(
    name = "board",
    mixinStandardHelpOptions = true,
    header = "Print a board's facts from its device tree or a facts file.",
    description = {
      "Read device tree sources as cpp and dtc would and print each board's facts: model, CPUs, "
          + "RAM and the CPU database's facts about the cores, each with its source."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  L=../shared/corpus/linux-6.1",
      "  kclint board -I $L/include -I $L/arch/arm/boot/dts \\",
      "      -I $L/scripts/dtc/include-prefixes $L/arch/arm/boot/dts/arm-realview-pb11mp.dts",
      "  kclint board --format tsv --header -I … $L/arch/arm/boot/dts/*.dts",
      "  kclint board --facts myboard.facts        # a board without a device tree"
    })
final class BoardCommand implements Callable<Integer> {
  enum Format {
    text,
    tsv
  }

  @Spec CommandSpec spec;
  @Mixin BoardOptions board;
  @Mixin ProjectFileOptions project;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default): every fact with its source; tsv: one line per file in the "
              + "columns of reference/dts/arm-facts.tsv.")
  Format format = Format.text;

  @Option(names = "--header", description = "With --format tsv, print the column names first.")
  boolean header;

  @Parameters(paramLabel = "FILE.dts", arity = "0..*", description = "Device tree source files.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    // The settings file's board, include folders and facts where the command line names none.
    BoardSource source =
        project
            .settings(files.stream().findFirst())
            .inputs()
            .withDefaults(board.source(Optional.empty()));
    if (files.isEmpty()) {
      source.dts().ifPresent(files::add);
    }
    if (files.isEmpty() && source.factsFile().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give FILE.dts or --facts FILE");
    }
    PrintWriter out = spec.commandLine().getOut();
    BoardReader reader = new BoardReader(source);
    if (format == Format.tsv) {
      if (header) {
        out.println(BoardReader.tsvHeader());
      }
      for (Path file : files) {
        out.println(reader.tsvLine(file));
      }
    } else if (files.isEmpty()) {
      out.print(reader.listingWithoutTree());
    } else {
      for (Path file : files) {
        out.print(reader.listing(file));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
