package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolve and check commands end to end on testdata/resolve/basic. */
class ResolveAndCheckCommandTest {
  private static final String TREE = "testdata/resolve/basic";
  private static final String INPUT = TREE + "/in.config";

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void resolveWritesWhatConfWouldAndPrintsConfsWarnings(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.config");
    Run r = run("resolve", "--kconfig", TREE, "--arch", "test", "-o", out.toString(), INPUT);
    assertEquals(0, r.code());
    assertEquals(
        "#\n# Automatically generated file; DO NOT EDIT.\n# Basic test test\n#\n"
            + "CONFIG_MODULES=y\n\n#\n# Drivers\n#\n# CONFIG_NET is not set\nCONFIG_PHY=y\n"
            + "CONFIG_MAC=y\nCONFIG_BUFFERS=16\n# end of Drivers\n\n"
            + "# CONFIG_HZ_100 is not set\nCONFIG_HZ_250=y\n",
        Files.readString(out));
    assertTrue(r.err().contains(INPUT + ":5:warning: symbol value 'abc' invalid for BUFFERS"));
    assertTrue(r.err().contains("WARNING: unmet direct dependencies detected for PHY"));
  }

  @Test
  void verboseSaysWhatConfSaysWithoutSilentAndLeavesAnUnchangedFileAlone(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("out.config");
    String[] resolve = {
      "resolve", "--kconfig", TREE, "--arch", "test", "--verbose", "-o", out.toString(), INPUT
    };
    Run first = run(resolve);
    assertEquals(0, first.code());
    assertEquals("#\n# configuration written to " + out + "\n#\n", first.out());
    Files.setLastModifiedTime(out, java.nio.file.attribute.FileTime.fromMillis(0));
    Run second = run(resolve);
    assertEquals("#\n# No change to " + out + "\n#\n", second.out());
    assertEquals(0, Files.getLastModifiedTime(out).toMillis(), "conf_write() leaves it untouched");
    Files.writeString(out, "# CONFIG_MODULES is not set\n");
    assertEquals("#\n# configuration written to " + out + "\n#\n", run(resolve).out());
    assertEquals(
        "",
        run("resolve", "--kconfig", TREE, "--arch", "test", "-o", out.toString(), INPUT).out(),
        "silent, as conf -s, by default");
  }

  @Test
  void theTreeIsCachedInCacheDirUnlessNoCache(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Path first = dir.resolve("first.config");
    Path second = dir.resolve("second.config");
    String[] resolve = {"resolve", "--kconfig", TREE, "--arch", "test"};
    Run miss = run(concat(resolve, "--cache-dir", cache.toString(), "-o", first.toString(), INPUT));
    Run hit = run(concat(resolve, "--cache-dir", cache.toString(), "-o", second.toString(), INPUT));
    assertEquals(0, hit.code());
    assertEquals(miss.err(), hit.err(), "the same warnings");
    assertEquals(Files.readString(first), Files.readString(second));
    try (var entries = Files.list(cache)) {
      assertEquals(1, entries.count(), "one entry for the tree");
    }

    Path none = dir.resolve("none");
    Path third = dir.resolve("third.config");
    Run uncached =
        run(
            concat(
                resolve,
                "--no-cache",
                "--cache-dir",
                none.toString(),
                "-o",
                third.toString(),
                INPUT));
    assertEquals(miss.err(), uncached.err());
    assertEquals(Files.readString(first), Files.readString(third));
    assertFalse(Files.exists(none), "--no-cache keeps nothing");
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void resolveWritesManyInputsIntoAFolder(@TempDir Path dir) throws Exception {
    Path second = dir.resolve("second.config");
    Files.writeString(second, "CONFIG_NET=y\nCONFIG_ETH=y\n");
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Run r =
        run(
            "resolve",
            "--kconfig",
            TREE,
            "--arch",
            "test",
            "--output-dir",
            outDir.toString(),
            INPUT,
            second.toString());
    assertEquals(0, r.code());
    assertTrue(Files.readString(outDir.resolve("in.config")).contains("CONFIG_BUFFERS=16\n"));
    assertTrue(Files.readString(outDir.resolve("second.config")).contains("CONFIG_ETH=y\n"));
    Run one =
        run(
            "resolve",
            "--kconfig",
            TREE,
            "--arch",
            "test",
            "-o",
            dir.resolve("x").toString(),
            INPUT,
            second.toString());
    assertEquals(2, one.code(), "-o takes one input");
  }

  @Test
  void checkReportsEachKindOfFindingAsText() {
    Run r = run("check", "--kconfig", TREE, "--arch", "test", "--format", "text", INPUT);
    assertEquals(1, r.code(), "an invalid value is an error");
    String text = r.out();
    assertTrue(
        text.contains(
            INPUT
                + ":5:1: error: 'abc' is not a valid value for CONFIG_BUFFERS;"
                + " conf ignores the line [invalid-value]"));
    assertTrue(
        text.contains(
            INPUT
                + ":3:1: warning: CONFIG_ETH=m will be unset (n): its prompt"
                + " is hidden: it depends on NET [=n] [value-dropped]"));
    assertTrue(text.contains("NET [=n]: set by the user (CONFIG_NET)"));
    assertTrue(text.contains("(did you mean CONFIG_ETH?) [unknown-symbol]"));
    assertTrue(text.contains(INPUT + ":8:1: warning: CONFIG_HZ_250=y replaces CONFIG_HZ_100=y"));
    assertTrue(text.contains("[unmet-dependency]"));
    assertFalse(text.contains("CONFIG_BUFFERS is new"), "a mentioned symbol is not stale");
  }

  /**
   * With a tree the Kconfig checks ran: a JUnit report lists those that found nothing as passed.
   */
  @Test
  void checkListsTheKconfigChecksInJunitWithATree() {
    Run r = run("check", "--kconfig", TREE, "--arch", "test", "--format", "junit", INPUT);
    assertTrue(r.out().contains("<testcase name=\"stale-config\""), r.out());
    assertTrue(r.out().contains("<testcase name=\"invalid-value\""), r.out());
  }

  @Test
  void checkWritesJsonWithRequestedAndResolvedValues() {
    Run r = run("check", "--kconfig", TREE, "--arch", "test", "--format", "json", INPUT);
    assertEquals(1, r.code());
    assertTrue(r.out().startsWith("{\n  \"findings\": ["));
    assertTrue(r.out().contains("\"rule\": \"value-dropped\""));
    assertTrue(r.out().contains("\"requested\": \"128\""));
    assertTrue(r.out().contains("\"resolved\": \"16\""));
  }

  @Test
  void aBadFailOnLevelIsAUsageError() {
    Run r = run("check", "--kconfig", TREE, "--arch", "test", "--fail-on", "often", INPUT);
    assertEquals(2, r.code());
  }

  @Test
  void unreadableInputIsExitThreeWithAPosition(@TempDir Path dir) throws Exception {
    // conf reads any bytes; what it cannot read is a folder given as the .config.
    Path bad = Files.createDirectory(dir.resolve("bad.config"));
    Path out = dir.resolve("out.config");
    Files.writeString(out, "old\n");
    Run r =
        run("resolve", "--kconfig", TREE, "--arch", "test", "-o", out.toString(), bad.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith(bad + ": error: cannot read"), r.err());
    assertEquals("old\n", Files.readString(out), "a failed run leaves the old output whole");
  }
}
