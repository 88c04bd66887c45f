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
  void rulesListsEveryRuleOnePerLine() {
    assertEquals(0, (last = CliRun.of("rules")).exit());
    String[] lines = last.out().split("\n");
    int count = RuleFiles.shipped().rules().size();
    assertEquals(count + 2, lines.length, last.out());
    assertTrue(lines[0].startsWith("ID "));
    assertEquals(count + " rules", lines[lines.length - 1]);
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
