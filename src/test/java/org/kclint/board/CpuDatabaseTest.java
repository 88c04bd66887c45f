package org.kclint.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kclint.diag.InputException;
import org.kclint.testing.Corpus;

/** The CPU database: its format's errors, and its coverage of the corpus's CPUs. */
class CpuDatabaseTest {
  @Test
  void everyCpuCompatibleOfTheArmCorpusIsDescribed() throws IOException {
    List<String> lines =
        Files.readAllLines(Corpus.reference().resolve("dts/arm-facts.tsv"), StandardCharsets.UTF_8);
    TreeSet<String> missing = new TreeSet<>();
    CpuDatabase db = CpuDatabase.bundled();
    for (String line : lines.subList(1, lines.size())) {
      for (String c : line.split("\t", -1)[4].split("\\|")) {
        if (!c.isEmpty() && db.core(c).isEmpty()) {
          missing.add(c);
        }
      }
    }
    assertEquals(new TreeSet<String>(), missing);
  }

  @Test
  void everyRecordedFactCarriesItsCitation() {
    CpuDatabase.bundled()
        .all()
        .forEach(
            (compatible, facts) ->
                facts
                    .values()
                    .forEach(
                        v ->
                            assertTrue(
                                v.source() instanceof FactSource.CpuDatabase c
                                    && !c.citation().isBlank(),
                                compatible + " " + v)));
    assertEquals(
        "false",
        CpuDatabase.bundled().core("arm,arm11mpcore").orElseThrow().get(Fact.HW_TLB_BCAST).text());
  }

  @Test
  void formatErrorsArePositioned() {
    InputException e =
        assertThrows(InputException.class, () -> CpuDatabase.parse("db", "[arm,x]\ncore = X\n"));
    assertEquals("db:2:8", e.position().toString());
    assertTrue(e.getMessage().contains("no citation"), e.getMessage());
    e = assertThrows(InputException.class, () -> CpuDatabase.parse("db", "core = X # c\n"));
    assertEquals("db:1:1", e.position().toString());
    e =
        assertThrows(
            InputException.class,
            () -> CpuDatabase.parse("db", "[a]\nlpae = unknown # u\nlpae = true # t\n"));
    assertEquals("db:3:1", e.position().toString());
    e = assertThrows(InputException.class, () -> CpuDatabase.parse("db", "[a]\n[a]\n"));
    assertEquals("db:2:1", e.position().toString());
    e =
        assertThrows(
            InputException.class, () -> CpuDatabase.parse("db", "[a]\nsmpCapable = 2 # c\n"));
    assertEquals("db:2:14", e.position().toString());
  }

  @Test
  void unknownIsRecordedAsAbsent() {
    CpuDatabase db = CpuDatabase.parse("db", "[a]\nlpae = unknown # not known\ncore = A # c\n");
    assertEquals(false, db.core("a").orElseThrow().containsKey(Fact.LPAE));
    assertEquals("A", db.core("a").orElseThrow().get(Fact.CORE).text());
  }
}
