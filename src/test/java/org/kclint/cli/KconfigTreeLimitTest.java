package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputLimits;

/**
 * The bound on a Kconfig tree's entries across its files ({@link
 * InputLimits#MAX_KCONFIG_TREE_ENTRIES}): a tree of files each within the per-file bound, exactly
 * at the tree's bound, is read; one entry more is an error where it is written, exit 3.
 */
class KconfigTreeLimitTest {
  @TempDir Path tree;

  /** The top file sources a file of the per-file bound's entries as often as the tree's allows. */
  private String topFile() throws IOException {
    Files.writeString(
        tree.resolve("entries"), "config A\n\tbool\n".repeat(InputLimits.MAX_KCONFIG_ENTRIES));
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
    assertEquals("A\tbool\t0\n", r.out());
  }

  @Test
  void oneEntryMoreIsAnErrorWhereItIsWritten() throws IOException {
    Files.writeString(tree.resolve("Kconfig"), topFile() + "source \"more\"\n");
    Files.writeString(tree.resolve("more"), "# one entry too many\nconfig B\n\tbool\n");
    CliRun r = symbols();
    assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), r.err());
    assertEquals(
        "more:2:1: error: more than "
            + InputLimits.MAX_KCONFIG_TREE_ENTRIES
            + " entries in a Kconfig tree (all the files sourced, repeats included)\n",
        r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
