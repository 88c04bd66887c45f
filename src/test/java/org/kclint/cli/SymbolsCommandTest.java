package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code kclint symbols} on the small trees of testdata/kconfig. */
class SymbolsCommandTest {
  @Test
  void printsNameTypeAndPromptedSortedByName() {
    CliRun run = CliRun.of("symbols", "--kconfig", "testdata/kconfig/sources", "--arch", "arm");

    assertEquals(0, run.exit());
    assertEquals(
        "DRIVER_A\tbool\t1\nDRIVER_B\tbool\t1\nDRIVER_C\tbool\t1\nMORE\tbool\t0\nSUB\tbool\t0\n",
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void printsTheFilesReadSorted() {
    CliRun run =
        CliRun.of("symbols", "--files", "--kconfig", "testdata/kconfig/sources", "--arch", "arm");

    assertEquals(0, run.exit());
    assertEquals(
        "Kconfig\ndrivers/a/Kconfig\ndrivers/b/Kconfig\ndrivers/c/Kconfig\nsub/Kconfig\nsub/Kconfig.more\n",
        run.out());
  }

  @Test
  void unknownShellResultsAreWarningsNotErrors() {
    CliRun run = CliRun.of("symbols", "--kconfig", "testdata/kconfig/macros", "--arch", "arm");

    assertEquals(0, run.exit());
    assertTrue(run.err().contains("$(shell,echo y) is not in the toolchain profile"));
  }

  @Test
  void badInputIsOneDiagnosticAndExitCode3() {
    CliRun run =
        CliRun.of(
            "symbols", "--kconfig", "testdata/kconfig/errors/unterminated-choice", "--arch", "arm");

    assertEquals(ExitCode.BAD_INPUT.code(), run.exit());
    assertEquals(
        "Kconfig:2:1: error: 'choice' is not closed: 'endchoice' missing before the end of the file\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingTreeIsBadInput() {
    CliRun run =
        CliRun.of("symbols", "--kconfig", "testdata/kconfig/no-such-tree", "--arch", "arm");

    assertEquals(ExitCode.BAD_INPUT.code(), run.exit());
    assertEquals(
        "testdata/kconfig/no-such-tree: error: not a Kconfig tree: it has no file Kconfig\n",
        run.err());
  }
}
