package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on a BSP whose Kconfig tree and arch only its {@code .kclint} names
 * (testdata/settings/bsp): the file's settings are the defaults, the command line's win.
 */
class ProjectTreeCheckTest {
  private static final Path BSP = Path.of("testdata/settings/bsp");
  private static final Path CONFIG = BSP.resolve("configs/eth.config");
  private static final Pattern EXPECT = Pattern.compile("# EXPECT: ([a-z0-9-]+)");
  private static final Pattern FINDING =
      Pattern.compile("^(.+):(\\d+):\\d+: \\w+: .*\\[([a-z0-9-]+)\\]$");

  /** {@code LINE RULE} for each finding with a line. */
  private static Set<String> findings(String out) {
    Set<String> got = new TreeSet<>();
    for (String line : out.lines().toList()) {
      Matcher m = FINDING.matcher(line);
      if (m.matches()) {
        got.add(m.group(2) + " " + m.group(3));
      }
    }
    return got;
  }

  @Test
  void theTreeComesFromTheSettingsFile() throws IOException {
    Set<String> expected = new TreeSet<>();
    List<String> lines = Files.readAllLines(CONFIG);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      if (m.find()) {
        expected.add((i + 1) + " " + m.group(1));
      }
    }
    CliRun r = CliRun.of("check", CONFIG.toString());
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "kclint: using settings from " + BSP.resolve(".kclint").toAbsolutePath() + "\n"),
        r.err());
    assertFalse(expected.isEmpty());
    assertEquals(expected, findings(r.out()), r.out());
  }

  @Test
  void theCommandLineTreeWinsAndNoSettingsReadsNone() {
    // A tree that has neither symbol: the file's tree is not read, so both are unknown.
    CliRun other =
        CliRun.of(
            "check",
            "--kconfig",
            BSP.resolve("linux/arch/arm").toString(),
            "--arch",
            "arm",
            CONFIG.toString());
    assertEquals(
        Set.of("1 unknown-symbol", "2 unknown-symbol"),
        findings(other.out()),
        other.out() + other.err());
    CliRun none = CliRun.of("check", "--no-settings", CONFIG.toString());
    assertEquals(Set.of(), findings(none.out()), none.out() + none.err());
  }

  @Test
  void aWrongTreeSettingIsAPositionedInputError(@TempDir Path dir) throws IOException {
    Path settings = Files.writeString(dir.resolve("bsp.kclint"), "arch arm\nkconfig linux\n");
    CliRun r = CliRun.of("check", "--settings", settings.toString(), CONFIG.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), r.err());
    assertTrue(
        r.err().contains(settings + ":2:9: error: no folder " + dir.resolve("linux")), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
