package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --sweep DIR}: every config of a folder in one run, then a summary table. */
class SweepTest {
  private static final Path FOUNDING =
      Path.of("testdata/rules/smp-highmem-no-hw-tlb-bcast-kmap-deadlock");

  @Test
  void sweepChecksEveryConfigOfTheFolderAndSummarisesThem(@TempDir Path dir) throws Exception {
    String hazard =
        Files.readString(FOUNDING.resolve("positive.config")).replaceAll("\\s*# EXPECT:.*", "");
    Files.writeString(dir.resolve("board_defconfig"), hazard);
    Files.writeString(
        dir.resolve("up.config"), "# Linux/arm 2.6.35 Kernel Configuration\nCONFIG_HIGHMEM=y\n");
    Files.writeString(dir.resolve("notes.txt"), "not a config\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new String[] {
              "check",
              "--sweep",
              dir.toString(),
              "--board-facts",
              FOUNDING.resolve("positive.facts").toString()
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(ExitCode.FINDINGS.code(), exit, err.toString());
    List<String> rows = err.toString().lines().toList();
    assertTrue(rows.get(0).startsWith("config"), err.toString());
    assertTrue(
        rows.stream().anyMatch(r -> r.startsWith(dir.resolve("board_defconfig").toString())),
        err.toString());
    assertTrue(
        rows.stream().anyMatch(r -> r.startsWith(dir.resolve("up.config").toString())),
        err.toString());
    assertTrue(rows.stream().noneMatch(r -> r.contains("notes.txt")), err.toString());
    assertTrue(rows.get(rows.size() - 1).startsWith("total (2 configs)"), err.toString());
    assertTrue(
        out.toString().contains("[smp-highmem-no-hw-tlb-bcast-kmap-deadlock]"), out.toString());
    // Not a terminal: no progress line in the output.
    assertTrue(!err.toString().contains("\r"), err.toString());
  }

  @Test
  void aMissingSweepFolderIsBadInput(@TempDir Path dir) {
    assertEquals(
        ExitCode.BAD_INPUT.code(),
        Main.run(
            new String[] {"check", "--sweep", dir.resolve("nope").toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter())));
  }
}
