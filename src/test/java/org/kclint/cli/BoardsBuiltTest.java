package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.testing.Schemas;
import org.kclint.testing.TestTrees;

/**
 * {@code check --boards-built}: a config checked on every device tree its platform symbols build.
 * Each board's expected errors are its {@code // EXPECT: rule-id} lines.
 */
class BoardsBuiltTest {
  private static final Path TREE = Path.of("testdata/board/built");
  private static final Pattern EXPECT = Pattern.compile("// EXPECT: (\\S+)");

  @Test
  void everyBuiltBoardIsCheckedAndNamedInItsFindings() throws IOException {
    CliRun run = check(TREE);
    assertEquals(ExitCode.FINDINGS.code(), run.exit(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(List.of(), Schemas.report(report));
    Set<String> errors = new TreeSet<>();
    for (JsonNode f : report.get("findings")) {
      if (f.get("severity").asText().equals("error")) {
        String board = f.get("board").asText();
        errors.add(board + " " + f.get("rule").asText());
        assertTrue(
            f.get("message").asText().endsWith("(board " + Path.of(board).getFileName() + ")"),
            f.toString());
      }
    }
    assertEquals(expected(), errors);
    assertTrue(
        run.err()
            .contains(
                "note: 1 of the boards it builds not checked: their core needs CPU_V7, which this config does not build"),
        run.err());
    assertTrue(!run.out().contains("vendor-board"), run.out());
  }

  @Test
  void aBoardMissingFromTheTreeIsSkippedWithAWarning(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("tree");
    TestTrees.copy(TREE, copy);
    Path dts = copy.resolve("arch/arm/boot/dts");
    Files.delete(dts.resolve("mpcore-dual.dts"));
    CliRun run = check(copy);
    assertEquals(ExitCode.FINDINGS.code(), run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                dts.resolve("Makefile")
                    + ":2:1: warning: mpcore-dual.dts is not in the tree: board not checked"),
        run.err());
    assertTrue(run.out().contains("(board mpcore-quad.dts)"), run.out());
    assertTrue(!run.out().contains("(board mpcore-dual.dts)"), run.out());
  }

  @Test
  void needsATreeAndNoSingleBoard() {
    CliRun run =
        CliRun.of("check", "--boards-built", TREE.resolve("mpcore-highmem.config").toString());
    assertEquals(ExitCode.USAGE.code(), run.exit(), run.err());
    assertTrue(run.err().contains("--boards-built needs --kconfig"), run.err());
  }

  private static CliRun check(Path tree) {
    return CliRun.of(
        "check",
        "--kconfig",
        tree.toString(),
        "--arch",
        "arm",
        "--boards-built",
        "--kernel-version",
        "2.6.35",
        "--format",
        "json",
        tree.resolve("mpcore-highmem.config").toString());
  }

  private static Set<String> expected() throws IOException {
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TREE)) {
      for (Path dts : files.filter(f -> f.toString().endsWith(".dts")).toList()) {
        Matcher m = EXPECT.matcher(Files.readString(dts));
        while (m.find()) {
          expected.add(dts + " " + m.group(1));
        }
      }
    }
    return expected;
  }
}
