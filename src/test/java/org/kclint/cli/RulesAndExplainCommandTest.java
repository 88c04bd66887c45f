package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.rules.parse.RuleFiles;

class RulesAndExplainCommandTest {
  private CliRun last;

  @Test
  void rulesListsEveryRuleAndCheckOnePerLine() {
    assertEquals(0, (last = CliRun.of("rules")).exit());
    String[] lines = last.out().split("\n");
    int count = RuleFiles.shipped().rules().size();
    int checks = RuleFiles.shippedChecks().size();
    // Every check's catalogue entry is a row, whoever adds checks.
    for (var check : RuleFiles.shippedChecks()) {
      assertTrue(last.out().contains("\n" + check.id() + " "), check.id());
    }
    assertEquals(count + checks + 2, lines.length, last.out());
    assertTrue(lines[0].startsWith("ID "));
    assertEquals(count + " rules, " + checks + " checks", lines[lines.length - 1]);
    assertTrue(
        java.util.regex.Pattern.compile(
                "(?m)^value-dropped +warning +all +kconfig +the resolved config will not hold")
            .matcher(last.out())
            .find(),
        last.out());
    assertTrue(
        java.util.regex.Pattern.compile(
                "(?m)^smp-highmem-no-hw-tlb-bcast-kmap-deadlock +error +2\\.6\\.30\\.\\. +highmem +SMP with HIGHMEM")
            .matcher(last.out())
            .find());
  }

  @Test
  void explainPrintsTheWholeRule() {
    assertEquals(0, (last = CliRun.of("explain", "smp-tlbv6-highmem-vivt-build-error")).exit());
    String page = last.out();
    assertTrue(page.startsWith("smp-tlbv6-highmem-vivt-build-error (error, highmem)\n"), page);
    assertTrue(
        page.contains("Fires when:     SMP && CPU_TLB_V6 && HIGHMEM && CPU_CACHE_VIVT\n"), page);
    assertTrue(page.contains("  - Build without high memory: CONFIG_HIGHMEM=n\n"), page);
    assertTrue(page.contains("file arch/arm/include/asm/highmem.h:34-39"), page);
    assertTrue(page.contains("Nicolas Pitre's 2011 change"), page);
  }

  @Test
  void explainPrintsACheckFromItsCatalogueEntry() {
    assertEquals(0, (last = CliRun.of("explain", "value-dropped")).exit(), last.err());
    String page = last.out();
    assertTrue(page.startsWith("value-dropped (warning, kconfig)\n"), page);
    assertTrue(page.contains("  - file scripts/kconfig/symbol.c:375-397 — sym_calc_value()"), page);
    assertTrue(
        page.contains("Defined at:     rules/catalogue/kconfig/value-dropped.check:1:7\n"), page);
    assertTrue(page.contains("conf will write a different value"), page);
    assertEquals(0, (last = CliRun.of("explain", "unused-waiver")).exit(), last.err());
    assertTrue(last.out().startsWith("unused-waiver (info, waivers)\n"), last.out());
  }

  @Test
  void explainOfAnUnknownRuleIsAUsageError() {
    assertEquals(ExitCode.USAGE.code(), (last = CliRun.of("explain", "no-such-rule")).exit());
    assertTrue(
        last.err().startsWith("kclint explain: error: no rule named no-such-rule"), last.err());
  }

  @Test
  void explainWithATreePrintsASymbolsScreenAsMenuconfigDoes() throws Exception {
    Path dir = Path.of("testdata/explain");
    last =
        CliRun.of(
            "explain",
            "--kconfig",
            dir.toString(),
            "--arch",
            "arm",
            "--config",
            dir.resolve("explain.config").toString(),
            "CONFIG_FAST_DMA");
    assertEquals(0, last.exit(), last.err());
    String golden = Files.readString(dir.resolve("explain.golden"));
    int start = golden.indexOf("CONFIG_FAST_DMA:\n");
    assertEquals(golden.substring(start, golden.indexOf("\n\n\n", start) + 3), last.out());
  }

  @Test
  void aSymbolNeedsATree() {
    assertEquals(ExitCode.USAGE.code(), (last = CliRun.of("explain", "HIGHMEM")).exit());
    assertTrue(
        last.err()
            .startsWith(
                "kclint explain: error: no rule named HIGHMEM; `kclint rules` lists them (a symbol needs --kconfig)"),
        last.err());
    last = CliRun.of("explain", "--kconfig", "testdata/explain", "--arch", "arm", "NO_SUCH_SYMBOL");
    assertEquals(ExitCode.USAGE.code(), last.exit());
    assertTrue(
        last.err().startsWith("kclint explain: error: no rule and no symbol named NO_SUCH_SYMBOL"),
        last.err());
  }

  @Test
  void aBrokenRulePackIsAPositionedInputError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("board"));
    Files.writeString(dir.resolve("board/x.rule"), "rule x {\n  severity fatal\n}\n");
    assertEquals(
        ExitCode.BAD_INPUT.code(), (last = CliRun.of("rules", "--rules", dir.toString())).exit());
    assertEquals(
        dir
            + "/board/x.rule:2:12: error: mismatched input 'fatal' expecting {'error', 'warning', 'info'}\n",
        last.err());
  }
}
