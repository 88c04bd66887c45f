package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputLimits;
import org.kclint.report.FindingCap;

/**
 * An input at the size limit, checked in a 256 MB heap (issue 15): the run either reports or is
 * refused with a positioned exit 3; it never ends in an OutOfMemoryError. The inputs are too large
 * for testdata/, so they are made here: a .config, a Kconfig file and a device tree.
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
    return checkInSmallHeap("--arch", "arm", "--kconfig", TREE, config.toString());
  }

  private static CliRun checkInSmallHeap(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(options));
    return CliRun.process(
        List.of("-Xmx256m", "-XX:+UseSerialGC"), System.getenv(), args.toArray(String[]::new));
  }

  @Test
  void kconfigFileAtTheEntryLimitIsRead() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("at-limit"));
    writeKconfigEntries(tree.resolve("Kconfig"), Long.MAX_VALUE, InputLimits.MAX_KCONFIG_ENTRIES);

    CliRun run = kconfigInSmallHeap(tree);

    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void kconfigFileAtTheSizeLimitIsRefusedAtTheFirstEntryTooMany() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("huge"));
    writeKconfigEntries(tree.resolve("Kconfig"), InputLimits.MAX_FILE_BYTES, Integer.MAX_VALUE);

    CliRun run = kconfigInSmallHeap(tree);

    assertEquals(3, run.exit(), run.err());
    assertEquals(
        "Kconfig:"
            + (3 * InputLimits.MAX_KCONFIG_ENTRIES + 1)
            + ":1: error: more than "
            + InputLimits.MAX_KCONFIG_ENTRIES
            + " entries in a Kconfig file\n",
        run.err());
  }

  private CliRun kconfigInSmallHeap(Path tree) throws Exception {
    Path config = dir.resolve("one.config");
    Files.writeString(config, "CONFIG_SYM_1=y\n");
    return checkInSmallHeap("--arch", "arm", "--kconfig", tree.toString(), config.toString());
  }

  /**
   * Entries {@code config SYM_n} of three lines each, at most {@code maxEntries} and {@code bytes}.
   */
  private static void writeKconfigEntries(Path file, long bytes, int maxEntries)
      throws IOException {
    long written = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (int n = 0; n < maxEntries; n++) {
        String entry = "config SYM_" + n + "\n\tbool\n\tdefault y\n";
        if (written + entry.length() > bytes) {
          return;
        }
        out.write(entry);
        written += entry.length();
      }
    }
  }

  @Test
  void deviceTreeAtTheNodeLimitIsChecked() throws Exception {
    Path dts = dir.resolve("at-limit.dts");
    // The root node counts as one.
    writeNodes(dts, Long.MAX_VALUE, InputLimits.MAX_DT_NODES - 1);

    CliRun run = boardInSmallHeap(dts);

    assertFalse(run.err().contains("error"), run.err());
    assertEquals(1, run.exit(), run.err());
  }

  @Test
  void deviceTreeAtTheSizeLimitIsRefusedAtTheFirstNodeTooMany() throws Exception {
    Path dts = dir.resolve("huge.dts");
    writeNodes(dts, InputLimits.MAX_FILE_BYTES, Integer.MAX_VALUE);

    CliRun run = boardInSmallHeap(dts);

    // Child n opens its brace on line 3 + 3n, after a tab, its name and a space.
    int child = InputLimits.MAX_DT_NODES - 1;
    assertEquals(3, run.exit(), run.err());
    assertEquals(
        dts
            + ":"
            + (3 + 3 * child)
            + ":"
            + (("\tnode" + child + " ").length() + 1)
            + ": error: more than "
            + InputLimits.MAX_DT_NODES
            + " nodes in a device tree\n",
        run.err());
  }

  private CliRun boardInSmallHeap(Path dts) throws Exception {
    Path config = dir.resolve("empty.config");
    Files.writeString(config, "");
    return checkInSmallHeap(
        "--arch", "arm", "--kconfig", TREE, "--board", dts.toString(), config.toString());
  }

  /** A root node with children {@code noden} of three lines each, within {@code bytes}. */
  private static void writeNodes(Path file, long bytes, int maxChildren) throws IOException {
    String root = "/dts-v1/;\n/ {\n";
    long written = root.length();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(root);
      for (int n = 0; n < maxChildren; n++) {
        String node = "\tnode" + n + " {\n\t\tprop = <0>;\n\t};\n";
        if (written + node.length() > bytes - 3) {
          break;
        }
        out.write(node);
        written += node.length();
      }
      out.write("};\n");
    }
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
