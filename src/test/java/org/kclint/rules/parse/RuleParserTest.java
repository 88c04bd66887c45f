package org.kclint.rules.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputException;
import org.kclint.rules.Rule;
import org.kclint.rules.Severity;

class RuleParserTest {
  private static final String GOOD =
      """
      rule demo-rule {
        severity warning
        summary "demo"
        kernels 2.6.30 .. 2.6.37, 6.1
        when SMP && !board.hwTlbBcast && board.nCpus >= 2
        blame SMP
        fix "off" { SMP = n }
        ref file "mm/highmem.c:140-152" "lock_kmap"
        scenario kmap-ipi-deadlock {
          cpus = board.nCpus
          expect deadlock
        }
        explain \"""
          Line one.
            indented
          \"""
      }
      """;

  private static InputException error(String text) {
    return assertThrows(InputException.class, () -> RuleParser.parse(text, "t.rule", "area"));
  }

  private static String mutate(String from, String to) {
    String out = GOOD.replace(from, to);
    if (out.equals(GOOD)) {
      throw new IllegalArgumentException("no " + from);
    }
    return out;
  }

  @Test
  void readsEveryClause() {
    Rule r = RuleParser.parse(GOOD, "t.rule", "area");
    assertEquals("demo-rule", r.id());
    assertEquals(Severity.WARNING, r.severity());
    assertEquals("2.6.30..2.6.37, 6.1", r.kernelsText());
    assertEquals("SMP && !board.hwTlbBcast && board.nCpus >= 2", r.when().toString());
    assertEquals("Line one.\n  indented", r.explanation());
    assertEquals("kmap-ipi-deadlock", r.scenario().orElseThrow().scenario());
    assertEquals("deadlock", r.scenario().orElseThrow().expect().violation());
    assertEquals("t.rule:11:12", r.scenario().orElseThrow().expect().position().toString());
    assertEquals("t.rule:1:6", r.position().toString());
  }

  @Test
  void syntaxErrorsArePositioned() {
    assertEquals(
        "t.rule:5:15", error(mutate("SMP && !board", "SMP && && !board")).position().toString());
  }

  @Test
  void lexerErrorsArePositioned() {
    assertEquals("t.rule:3:18", error(mutate("\"demo\"", "\"demo\" @")).position().toString());
  }

  @Test
  void missingClauseIsReportedAtTheClosingBrace() {
    InputException e = error(mutate("  severity warning\n", ""));
    assertEquals("rule has no 'severity' clause", e.getMessage());
    assertEquals(16, e.position().line());
  }

  @Test
  void clausesAppearOnce() {
    InputException e =
        error(mutate("  summary \"demo\"\n", "  summary \"demo\"\n  summary \"again\"\n"));
    assertEquals("'summary' given twice", e.getMessage());
    assertEquals("t.rule:4:3", e.position().toString());
  }

  @Test
  void blamedSymbolsMustBeInTheCondition() {
    InputException e = error(mutate("blame SMP", "blame SMP HIGHMEM"));
    assertEquals("blamed symbol HIGHMEM is not in the condition", e.getMessage());
    assertEquals("t.rule:6:3", e.position().toString());
  }

  @Test
  void referencesAreWellFormed() {
    InputException e = error(mutate("mm/highmem.c:140-152", "mm/highmem.c"));
    assertEquals("t.rule:8:12", e.position().toString());
  }

  @Test
  void fixValuesAreConfigValues() {
    assertEquals("t.rule:7:21", error(mutate("SMP = n", "SMP = no")).position().toString());
  }

  @Test
  void emptyKernelRangeIsRejected() {
    assertEquals(
        "empty kernel range 2.6.37..2.6.30",
        error(mutate("2.6.30 .. 2.6.37", "2.6.37 .. 2.6.30")).getMessage());
  }

  @Test
  void deepNestingIsBoundedNotAStackOverflow() {
    String deep = "(".repeat(5000) + "SMP" + ")".repeat(5000);
    InputException e = error(mutate("SMP && !board.hwTlbBcast", deep));
    assertEquals(5, e.position().line());
    String negations = "!".repeat(100_000) + "SMP";
    assertEquals(5, error(mutate("SMP && !board.hwTlbBcast", negations)).position().line());
    String chain = "SMP" + " && SMP".repeat(100_000);
    assertEquals(5, error(mutate("SMP && !board.hwTlbBcast", chain)).position().line());
  }

  @Test
  void binaryAndNonUtf8InputIsRejectedWithAPosition() {
    byte[] bad = "rule x {\n  summary \"\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    InputException e =
        assertThrows(InputException.class, () -> RuleParser.parse(bad, "t.rule", "a"));
    assertEquals("t.rule:2:12", e.position().toString());
    byte[] nul = {'r', 0, 'x'};
    assertEquals(
        "binary file (contains NUL bytes)",
        assertThrows(InputException.class, () -> RuleParser.parse(nul, "t.rule", "a"))
            .getMessage());
  }

  @Test
  void aMisspeltBoardFactIsRefusedWhereItIsWritten() {
    InputException e = error(mutate("!board.hwTlbBcast", "!board.hwTlbBcst"));
    assertEquals("t.rule:5:22", e.position().toString());
    assertEquals("unknown board fact 'hwTlbBcst' (did you mean hwTlbBcast?)", e.getMessage());
    InputException far = error(mutate("board.nCpus", "board.cacheFlavour"));
    assertEquals("t.rule:5:42", far.position().toString());
    assertTrue(
        far.getMessage().contains("known: arch, bootsNonSecure, compatible"), far.getMessage());
  }

  @Test
  void aConditionWithoutAKconfigSymbolIsRefused() {
    InputException e =
        error(
            mutate("when SMP && !board.hwTlbBcast", "when kernel >= 2.6.30 && !board.hwTlbBcast")
                .replace("blame SMP", "blame X")
                .replace("}\n  ref", "}\n  ref"));
    assertEquals("t.rule:5:3", e.position().toString());
    assertEquals(
        "the condition names no Kconfig symbol, so it would hold for every configuration",
        e.getMessage());
  }

  @Test
  void fileNameMustMatchTheRuleId(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("area"));
    Files.writeString(dir.resolve("area/other-name.rule"), GOOD);
    InputException e =
        assertThrows(InputException.class, () -> RuleFiles.withFolders(java.util.List.of(dir)));
    assertEquals("rule demo-rule belongs in a file named demo-rule.rule", e.getMessage());
    assertEquals(dir + "/area/other-name.rule:1:6", e.position().toString());
  }

  @Test
  void projectFoldersAddAndOverrideRules(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("board"));
    Files.writeString(dir.resolve("board/demo-rule.rule"), GOOD);
    Files.writeString(
        dir.resolve("board/up-kernel-on-smp-board.rule"),
        GOOD.replace("demo-rule", "up-kernel-on-smp-board"));
    var catalogue = RuleFiles.withFolders(java.util.List.of(dir));
    assertEquals(RuleFiles.shipped().rules().size() + 1, catalogue.rules().size());
    assertEquals("demo", catalogue.rule("up-kernel-on-smp-board").orElseThrow().summary());
  }
}
