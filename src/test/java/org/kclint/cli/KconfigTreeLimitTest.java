package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputLimits;

/**
 * The bounds on a Kconfig tree's entries across its files ({@link
 * InputLimits#MAX_KCONFIG_TREE_ENTRIES}) and on one symbol's definitions ({@link
 * InputLimits#MAX_SYMBOL_DEFINITIONS}): a tree exactly at a bound is read; one entry or definition
 * more is an error where it is written, exit 3.
 */
class KconfigTreeLimitTest {
  @TempDir Path tree;

  /**
   * The top file sources a file of the per-file bound's entries as often as the tree's allows; each
   * entry defines its own symbol, so that each is defined only as often as the file is sourced.
   */
  private String topFile() throws IOException {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < InputLimits.MAX_KCONFIG_ENTRIES; i++) {
      entries.append("config A").append(i).append("\n\tbool\n");
    }
    Files.writeString(tree.resolve("entries"), entries);
    int times = InputLimits.MAX_KCONFIG_TREE_ENTRIES / InputLimits.MAX_KCONFIG_ENTRIES;
    assertEquals(
        InputLimits.MAX_KCONFIG_TREE_ENTRIES,
        times * InputLimits.MAX_KCONFIG_ENTRIES,
        "a multiple");
    return "source \"entries\"\n".repeat(times);
  }

  private CliRun symbols() {
    return CliRun.of(
        "symbols", "--no-settings", "--no-cache", "--kconfig", "" + tree, "--arch", "arm");
  }

  @Test
  void aTreeAtTheBoundIsRead() throws IOException {
    Files.writeString(tree.resolve("Kconfig"), topFile());
    CliRun r = symbols();
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    assertEquals(InputLimits.MAX_KCONFIG_ENTRIES, r.out().lines().count());
    assertTrue(r.out().startsWith("A0\tbool\t0\n"), r.out().lines().findFirst().orElse(""));
  }

  @Test
  void oneEntryMoreIsAnErrorWhereItIsWritten() throws IOException {
    Files.writeString(tree.resolve("Kconfig"), topFile() + "source \"more\"\n");
    Files.writeString(tree.resolve("more"), "# one entry too many\nconfig B\n\tbool\n");
    assertRefusedAtTheFirstLineOfMore(InputLimits.MAX_KCONFIG_TREE_ENTRIES + " entries");
  }

  /** The tree is refused, exit 3, at more:2:1 for having more than {@code what}. */
  private void assertRefusedAtTheFirstLineOfMore(String what) {
    CliRun r = symbols();
    assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), r.err());
    assertEquals(
        "more:2:1: error: more than "
            + what
            + " in a Kconfig tree (all the files sourced, repeats included)\n",
        r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  /**
   * Definitions of one symbol as in a real tree (prompt, dependency, help), as many as the bound
   * allows; without the bound 100,000 of them, within the entry bounds, took minutes.
   */
  private static String definitions(int count) {
    return "config A\n\tbool \"a\"\n\tdepends on B\n\thelp\n\t  A.\n\n".repeat(count);
  }

  @Test
  void aSymbolDefinedAsOftenAsTheBoundAllowsIsRead() throws IOException {
    Files.writeString(
        tree.resolve("Kconfig"),
        "config B\n\tbool\n" + definitions(InputLimits.MAX_SYMBOL_DEFINITIONS));
    CliRun r = symbols();
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    assertEquals("A\tbool\t1\nB\tbool\t0\n", r.out());
  }

  @Test
  void oneDefinitionMoreIsAnErrorWhereItIsWritten() throws IOException {
    Files.writeString(
        tree.resolve("Kconfig"),
        "config B\n\tbool\n"
            + definitions(InputLimits.MAX_SYMBOL_DEFINITIONS)
            + "source \"more\"\n");
    Files.writeString(tree.resolve("more"), "# one definition too many\n" + definitions(1));
    assertRefusedAtTheFirstLineOfMore(InputLimits.MAX_SYMBOL_DEFINITIONS + " definitions of A");
  }
}
