package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputException;
import org.kclint.kconfig.Expr;

/** $(shell,...) when the user lets commands run: their bytes, their input, their time limit. */
class ShellCommandsTest {
  private static final Duration LIMIT = Duration.ofSeconds(1);

  @TempDir Path tree;

  private Expr defaultOf(String command) throws IOException {
    Files.writeString(
        tree.resolve("Kconfig"), "config A\n\tstring\n\tdefault \"$(shell," + command + ")\"\n");
    return KconfigReader.read(
            KconfigOptions.of(tree, "arm").withShell(true).withShellTimeout(LIMIT))
        .root()
        .children()
        .get(0)
        .defaults()
        .get(0)
        .value();
  }

  private InputException stopped(String command) throws IOException {
    Files.writeString(
        tree.resolve("Kconfig"), "\nconfig A\n\tstring\n\tdefault \"$(shell," + command + ")\"\n");
    long start = System.nanoTime();
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                KconfigReader.read(
                    KconfigOptions.of(tree, "arm").withShell(true).withShellTimeout(LIMIT)));
    assertTrue(
        Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0,
        "not stopped in time");
    assertTrue(e.diagnostic().startsWith("Kconfig:4:"), e.diagnostic());
    assertTrue(e.getMessage().contains("did not finish within 1 s"), e.getMessage());
    return e;
  }

  @Test
  void outputBytesThatAreNotUtf8AreKept() throws IOException {
    assertEquals(new Expr.Const("caf\uDCE9"), defaultOf("printf 'caf\\351'"));
  }

  @Test
  void aCommandReadingItsInputGetsEndOfFile() throws IOException {
    assertEquals(new Expr.Const(""), defaultOf("cat"));
  }

  @Test
  void aCommandThatHangsIsStoppedAndKilled() throws Exception {
    Path marker = tree.resolve("still-running");
    stopped("sleep 2; touch " + marker);
    Thread.sleep(2_500);
    assertFalse(Files.exists(marker), "the command ran on after the time limit");
  }

  @Test
  void endlessOutputIsStopped() throws IOException {
    stopped("yes");
  }

  /**
   * A child left running in the background holds the output open; conf reads until it ends, and so
   * does kclint, within the time limit (past it, the child is stopped like a hang).
   */
  @Test
  void aChildLeftRunningInTheBackgroundIsWaitedForWithinTheLimit() throws IOException {
    assertEquals(new Expr.Const("started"), defaultOf("sleep 0.3 & echo started"));
  }
}
