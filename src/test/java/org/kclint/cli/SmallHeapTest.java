package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputLimits;
import org.kclint.report.FindingCap;

/**
 * An input at the size limit, checked in a 256 MB heap (issue 15): the run either reports or is
 * refused with a positioned exit 3; it never ends in an OutOfMemoryError. The inputs are too large
 * for testdata/, so they are made here.
 */
class SmallHeapTest {
  private static final String TREE = "testdata/robust/tree";

  @TempDir Path dir;

  @Test
  void configOfShortLinesAtTheSizeLimitIsRefusedAtTheFirstLineTooMany() throws Exception {
    Path config = dir.resolve("short.config");
    writeUnknownSymbols(config, "", InputLimits.MAX_FILE_BYTES, Integer.MAX_VALUE);

    CliRun run = checkInSmallHeap(config);

    assertEquals(3, run.exit(), run.err());
    assertEquals(
        config
            + ":"
            + (InputLimits.MAX_CONFIG_LINES + 1)
            + ":1: error: more than "
            + InputLimits.MAX_CONFIG_LINES
            + " lines in a .config\n",
        run.err());
  }

  @Test
  void configOfLongLinesAtBothLimitsIsReportedWithinTheCap() throws Exception {
    Path config = dir.resolve("long.config");
    String padding = "X".repeat(56);
    int lines =
        writeUnknownSymbols(
            config, padding, InputLimits.MAX_FILE_BYTES, InputLimits.MAX_CONFIG_LINES);
    assertEquals(InputLimits.MAX_CONFIG_LINES, lines, "a file at both limits");

    CliRun run = checkInSmallHeap(config);

    assertFalse(run.err().contains("OutOfMemoryError"), run.err());
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains((lines - FindingCap.DEFAULT) + " more unknown-symbol findings not shown"),
        run.out().substring(Math.max(0, run.out().length() - 2000)));
  }

  private static CliRun checkInSmallHeap(Path config) throws Exception {
    return CliRun.process(
        List.of("-Xmx256m", "-XX:+UseSerialGC"),
        System.getenv(),
        "check",
        "--arch",
        "arm",
        "--kconfig",
        TREE,
        config.toString());
  }

  @Test
  void maxFindingsChangesTheCap() throws IOException {
    Path config = dir.resolve("five.config");
    writeUnknownSymbols(config, "", Long.MAX_VALUE, 5);

    CliRun run =
        CliRun.of(
            "check", "--arch", "arm", "--kconfig", TREE, "--max-findings", "2", config.toString());

    assertTrue(run.out().contains("CONFIG_UNKNOWN_1 is not defined"), run.out());
    assertFalse(run.out().contains("CONFIG_UNKNOWN_2 is not defined"), run.out());
    assertTrue(
        run.out().contains(":2:1: info: 3 more unknown-symbol findings not shown"), run.out());
  }

  /**
   * Lines {@code CONFIG_UNKNOWN_<padding>n=y}, at most {@code maxLines} and {@code bytes}; returns
   * how many.
   */
  private static int writeUnknownSymbols(Path file, String padding, long bytes, int maxLines)
      throws IOException {
    int count = 0;
    long written = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      while (true) {
        String line = "CONFIG_UNKNOWN_" + padding + count + "=y\n";
        if (written + line.length() > bytes || count == maxLines) {
          return count;
        }
        out.write(line);
        written += line.length();
        count++;
      }
    }
  }
}
