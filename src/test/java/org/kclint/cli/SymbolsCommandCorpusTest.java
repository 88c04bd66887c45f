package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.testing.Corpus;

/** The {@code symbols} command against the kernel's own listing of the arm tree. */
class SymbolsCommandCorpusTest {

  private static String[] args(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "symbols",
                "--kconfig",
                Corpus.linux().toString(),
                "--arch",
                "arm",
                "--toolchain",
                Corpus.armToolchain().toString(),
                "--env",
                "CC=arm-linux-gnueabihf-gcc",
                "--env",
                "LD=arm-linux-gnueabihf-ld"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void symbolsEqualTheReferenceByteForByte() throws Exception {
    CliRun run = CliRun.of(args());

    assertEquals(0, run.exit());
    assertEquals(Files.readString(Corpus.reference().resolve("arm/symbols.tsv")), run.out());
  }

  @Test
  void filesEqualTheReferenceByteForByte() throws Exception {
    CliRun run = CliRun.of(args("--files"));

    assertEquals(0, run.exit());
    assertEquals(Files.readString(Corpus.reference().resolve("arm/kconfig-files.txt")), run.out());
  }
}
