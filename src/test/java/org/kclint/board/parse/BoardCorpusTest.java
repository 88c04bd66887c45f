package org.kclint.board.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.board.FactsTsv;
import org.kclint.diag.InputException;
import org.kclint.testing.Corpus;

/**
 * Differential test against dtc: every arm board of the corpus, read with the kernel's include
 * directories, must give the facts that cpp + dtc + fdtget gave (reference/dts/arm-facts.tsv),
 * field for field.
 */
class BoardCorpusTest {
  @Test
  void everyArmBoardMatchesDtc() throws IOException {
    Path linux = Corpus.linux();
    Path dts = linux.resolve("arch/arm/boot/dts");
    List<String> reference =
        Files.readAllLines(Corpus.reference().resolve("dts/arm-facts.tsv"), StandardCharsets.UTF_8);
    DtsReader reader =
        new DtsReader(
            List.of(linux.resolve("include"), dts, linux.resolve("scripts/dtc/include-prefixes")));
    List<String> mismatches = new ArrayList<>();
    int boards = 0;
    long start = System.nanoTime();
    for (String line : reference.subList(1, reference.size())) {
      String[] expected = line.split("\t", -1);
      boards++;
      String actual;
      try {
        actual = FactsTsv.line(expected[0], reader.read(dts.resolve(expected[0])));
      } catch (InputException e) {
        actual = expected[0] + "\t" + e.diagnostic();
      }
      if (!actual.equals(line)) {
        mismatches.add("expected " + line + "\n  actual " + actual);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "board corpus: %d of %d boards match dtc (%d ms)%n",
        boards - mismatches.size(), boards, millis);
    mismatches.stream().limit(30).forEach(System.out::println);
    assertEquals(1509, boards, "boards in the reference");
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())));
  }
}
