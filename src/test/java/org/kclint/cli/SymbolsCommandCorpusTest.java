package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.testing.Corpus;

/** The {@code symbols} command against the kernel's own listing of the arm tree. */
class SymbolsCommandCorpusTest {

  private static String[] args(String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "symbols",
        "--kconfig", Corpus.linux().toString(),
        "--arch", "arm",
        "--toolchain", Corpus.armToolchain().toString(),
        "--env", "CC=arm-linux-gnueabihf-gcc",
        "--env", "LD=arm-linux-gnueabihf-ld"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void symbolsEqualTheReferenceByteForByte() throws Exception {
    StringWriter out = new StringWriter();
    int exit = Main.run(args(), new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertEquals(0, exit);
    assertEquals(Files.readString(Corpus.reference().resolve("arm/symbols.tsv")), out.toString());
  }

  @Test
  void filesEqualTheReferenceByteForByte() throws Exception {
    StringWriter out = new StringWriter();
    int exit = Main.run(args("--files"), new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertEquals(0, exit);
    assertEquals(
        Files.readString(Corpus.reference().resolve("arm/kconfig-files.txt")), out.toString());
  }
}
