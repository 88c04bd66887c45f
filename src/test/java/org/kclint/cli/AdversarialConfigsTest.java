package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configs that used to take minutes (work per line over every line or every symbol) or gave a wrong
 * or no answer: a fragment, lines conf cannot read (issue 15, items 3 and 4). The big inputs are
 * generated here; the time limit only guards against a hang, the assertions are about what is
 * reported.
 */
class AdversarialConfigsTest {
  private static final String TREE = "testdata/robust/tree";
  private static final Duration HANG = Duration.ofMinutes(2);

  @TempDir Path dir;

  @Test
  void aHundredThousandDuplicateLinesEachPointAtTheLineBefore() throws IOException {
    Path config = dir.resolve("dup.config");
    Files.writeString(config, "CONFIG_SMP=y\n".repeat(100_000));
    CliRun run = check(config);
    List<String> duplicates =
        run.out().lines().filter(l -> l.endsWith("[duplicate-assignment]")).toList();
    assertEquals(99_999, duplicates.size(), run.err());
    assertEquals(
        config
            + ":100000:1: warning: CONFIG_SMP is assigned again (first at line 99999); the "
            + "later value wins [duplicate-assignment]",
        duplicates.get(duplicates.size() - 1));
  }

  @Test
  void sixtyThousandUnknownSymbolsEachGetTheirFinding() throws IOException {
    Path config = dir.resolve("unknown.config");
    Files.writeString(
        config,
        IntStream.range(0, 60_000)
            .mapToObj(i -> "CONFIG_NOSUCH_" + i + "=y\n")
            .collect(Collectors.joining()));
    CliRun run = check(config);
    assertEquals(
        60_000, run.out().lines().filter(l -> l.endsWith("[unknown-symbol]")).count(), run.err());
  }

  /** Without conf's header, symbols the fragment leaves out are unknown: no error, undecided. */
  @Test
  void aFragmentLeavesWhatItDoesNotSayUnknown() {
    String rule = "smp-needs-v6k-or-v7-and-have-smp";
    CliRun fragment = CliRun.of("check", "testdata/robust/config/smp-fragment.config");
    assertEquals(ExitCode.OK.code(), fragment.exit(), fragment.out());
    assertFalse(fragment.out().contains(": error: "), fragment.out());
    // Undecided, for want of what the fragment does not say.
    assertTrue(
        fragment
            .out()
            .lines()
            .anyMatch(l -> l.contains("HAVE_SMP (not set in the .config): " + rule)),
        fragment.out());
    CliRun whole = CliRun.of("check", "testdata/robust/config/smp-whole.config");
    assertTrue(
        whole
            .out()
            .lines()
            .anyMatch(l -> l.contains(":7:1: error: ") && l.endsWith("[" + rule + "]")),
        whole.out());
    CliRun founding = CliRun.of("check");
    assertEquals(ExitCode.FINDINGS.code(), founding.exit(), founding.out());
  }

  /** It used to check the bundled example instead, and pass. */
  @Test
  void aSweepOfAFolderWithoutConfigsIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("README"), "no configs here\n");
    CliRun run = CliRun.of("check", "--sweep", empty.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.exit(), run.err());
    assertEquals(empty + ": error: no *_defconfig or *.config file to check", run.err().strip());
    assertEquals("", run.out());
  }

  /**
   * {@code depends on A || A || ...}: 64,000 operands kept conf's duplicate elimination busy for
   * minutes, 250,000 overflowed the stack; both are a positioned error now, at once.
   */
  @Test
  void aHugeExpressionIsAPositionedError() throws IOException {
    for (int terms : new int[] {64_000, 250_000}) {
      Path tree = Files.createDirectories(dir.resolve("tree" + terms));
      Files.writeString(
          tree.resolve("Kconfig"),
          "config A\n\tbool \"a\"\n\nconfig B\n\tbool \"b\"\n\tdepends on "
              + String.join(" || ", java.util.Collections.nCopies(terms, "A"))
              + "\n");
      Path config = Files.writeString(dir.resolve("ab.config"), "CONFIG_A=y\nCONFIG_B=y\n");
      CliRun run = check(tree.toString(), config);
      assertEquals(ExitCode.BAD_INPUT.code(), run.exit(), run.err());
      assertEquals(
          "Kconfig:6:5015: error: expression of more than 1000 || and && operators\n", run.err());
    }
  }

  private static CliRun check(Path config) {
    return check(TREE, config);
  }

  /** Every finding shown, above the default cap: these tests count them. */
  private static CliRun check(String tree, Path config) {
    return assertTimeoutPreemptively(
        HANG,
        () ->
            CliRun.of(
                "check",
                "--kconfig",
                tree,
                "--arch",
                "arm",
                "--max-findings",
                "100000",
                config.toString()));
  }
}
