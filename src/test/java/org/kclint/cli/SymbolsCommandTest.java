package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code kclint symbols} on the small trees of testdata/kconfig. */
class SymbolsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void printsNameTypeAndPromptedSortedByName() {
    int exit = run("symbols", "--kconfig", "testdata/kconfig/sources", "--arch", "arm");

    assertEquals(0, exit);
    assertEquals(
        "DRIVER_A\tbool\t1\nDRIVER_B\tbool\t1\nDRIVER_C\tbool\t1\nMORE\tbool\t0\nSUB\tbool\t0\n",
        out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void printsTheFilesReadSorted() {
    int exit = run("symbols", "--files", "--kconfig", "testdata/kconfig/sources", "--arch", "arm");

    assertEquals(0, exit);
    assertEquals(
        "Kconfig\ndrivers/a/Kconfig\ndrivers/b/Kconfig\ndrivers/c/Kconfig\nsub/Kconfig\nsub/Kconfig.more\n",
        out.toString());
  }

  @Test
  void unknownShellResultsAreWarningsNotErrors() {
    int exit = run("symbols", "--kconfig", "testdata/kconfig/macros", "--arch", "arm");

    assertEquals(0, exit);
    assertTrue(err.toString().contains("$(shell,echo y) is not in the toolchain profile"));
  }

  @Test
  void badInputIsOneDiagnosticAndExitCode3() {
    int exit =
        run("symbols", "--kconfig", "testdata/kconfig/errors/unterminated-choice", "--arch", "arm");

    assertEquals(Main.EXIT_BAD_INPUT, exit);
    assertEquals(
        "Kconfig:2:1: error: 'choice' is not closed: 'endchoice' missing before the end of the file\n",
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void aMissingTreeIsBadInput() {
    int exit = run("symbols", "--kconfig", "testdata/kconfig/no-such-tree", "--arch", "arm");

    assertEquals(Main.EXIT_BAD_INPUT, exit);
    assertEquals(
        "testdata/kconfig/no-such-tree:0:1: error: not a Kconfig tree: it has no file Kconfig\n",
        err.toString());
  }
}
