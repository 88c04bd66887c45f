package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandTest {
  private static final String TREE = "testdata/cli/record";
  @TempDir Path dir;

  @Test
  void refusesWithoutConsentAndWritesNothing() {
    Path out = dir.resolve("p.tsv");
    CliRun run = CliRun.of("record", "--kconfig", TREE, "--arch", "arm", "-o", out.toString());
    assertEquals(ExitCode.USAGE.code(), run.exit());
    assertTrue(run.err().contains("--yes-run-shell"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void recordsEachCommandOnceInTheProfileFormat() throws IOException {
    Path out = dir.resolve("p.tsv");
    CliRun run =
        CliRun.of(
            "record", "--yes-run-shell", "--kconfig", TREE, "--arch", "arm", "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("echo hello kconfig\thello kconfig\n./probe.sh\ty\n", Files.readString(out));
    // The profile answers every question of the tree: reading it back warns of nothing.
    CliRun symbols =
        CliRun.of("symbols", "--kconfig", TREE, "--arch", "arm", "--toolchain", out.toString());
    assertEquals(0, symbols.exit(), symbols.err());
    assertEquals("", symbols.err());
  }

  /** A command that hangs is stopped at --shell-timeout: exit 3, its position, no profile. */
  @Test
  void aCommandThatHangsIsStoppedAndNothingIsWritten() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("hang"));
    Files.writeString(
        tree.resolve("Kconfig"), "config A\n\tstring\n\tdefault \"$(shell,sleep 30)\"\n");
    Path out = dir.resolve("p.tsv");
    CliRun run =
        CliRun.of(
            "record",
            "--yes-run-shell",
            "--shell-timeout",
            "1",
            "--kconfig",
            tree.toString(),
            "--arch",
            "arm",
            "-o",
            out.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.exit(), run.err());
    assertTrue(
        run.err().startsWith("Kconfig:3:11: error: $(shell,sleep 30) did not finish within 1 s"),
        run.err());
    assertFalse(Files.exists(out));
    CliRun zero =
        CliRun.of(
            "symbols",
            "--allow-shell",
            "--shell-timeout",
            "0",
            "--kconfig",
            tree.toString(),
            "--arch",
            "arm");
    assertEquals(ExitCode.USAGE.code(), zero.exit());
    assertTrue(zero.err().contains("'0' is not a whole number of seconds from 1 to"), zero.err());
  }
}
