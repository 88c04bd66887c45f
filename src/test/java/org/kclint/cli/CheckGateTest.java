package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check as a CI gate on testdata/resolve/basic (one error, invalid-value at line 5, and warnings):
 * exit codes from a real process, severity settings, -Werror, the .kclint file, baseline and
 * waivers.
 */
class CheckGateTest {
  private static final String TREE = "testdata/resolve/basic";
  private static final String INPUT = TREE + "/in.config";
  @TempDir Path dir;

  private static CliRun check(String... args) {
    List<String> all =
        new ArrayList<>(List.of("check", "--kconfig", TREE, "--arch", "test", "--color", "never"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void exitCodesFromARealProcess() throws Exception {
    String[] base = {"check", "--kconfig", TREE, "--arch", "test"};
    assertEquals(1, CliRun.process(cat(base, INPUT)).exit(), "an error finding");
    assertEquals(
        0,
        CliRun.process(cat(base, "--severity", "invalid-value=warning", INPUT)).exit(),
        "warnings only");
    CliRun usage = CliRun.process(cat(base, "--format", "yaml", INPUT));
    assertEquals(2, usage.exit());
    assertTrue(usage.err().contains("--format"), usage.err());
    CliRun missing = CliRun.process(cat(base, dir.resolve("none.config").toString()));
    assertEquals(3, missing.exit());
    assertTrue(missing.err().startsWith(dir.resolve("none.config") + ":"), missing.err());
    assertFalse(missing.err().contains("Exception"), missing.err());
  }

  private static String[] cat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  @Test
  void severityOffRemovesTheFindingAndTheFailure() {
    CliRun on = check(INPUT);
    assertTrue(on.out().contains("[invalid-value]"));
    CliRun off = check("--severity", "invalid-value=off", INPUT);
    assertEquals(0, off.exit());
    assertFalse(off.out().contains("[invalid-value]"), off.out());
  }

  @Test
  void werrorForOneRuleFailsOnItsWarningsOnly() {
    CliRun r = check("--severity", "invalid-value=off", "-Werror=value-dropped", INPUT);
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("error: CONFIG_ETH=m will be unset"), r.out());
    assertTrue(r.out().contains("warning: CONFIG_HZ_250=y replaces"), r.out());
    CliRun all = check("--severity", "invalid-value=off", "-Werror", INPUT);
    assertEquals(1, all.exit(), "-Werror before the positional does not swallow it");
    assertTrue(all.out().contains("error: CONFIG_HZ_250=y replaces"), all.out());
  }

  @Test
  void failOnWarningAndNone() {
    assertEquals(1, check("--severity", "invalid-value=off", "--fail-on", "warning", INPUT).exit());
    assertEquals(0, check("--fail-on", "none", INPUT).exit());
  }

  @Test
  void settingsFileFoundUpwardAndOverriddenByTheCommandLine() throws IOException {
    Path bsp = Files.createDirectories(dir.resolve("bsp/configs"));
    Path config = bsp.resolve("board_defconfig");
    Files.copy(Path.of(INPUT), config);
    Files.writeString(
        dir.resolve("bsp/.kclint"),
        "# BSP settings\nseverity invalid-value=info\nwerror unknown-symbol\n");
    CliRun r = check(config.toString());
    assertEquals(1, r.exit(), "unknown-symbol is an error by the file");
    assertTrue(r.out().contains("info: 'abc' is not a valid value"), r.out());
    assertTrue(r.out().contains("error: CONFIG_ETHH is not defined"), r.out());
    assertEquals(0, check("--severity", "unknown-symbol=off", config.toString()).exit());
    Files.writeString(dir.resolve("bsp/.kclint"), "severity invalid-value\n");
    CliRun bad = check(config.toString());
    assertEquals(3, bad.exit());
    assertTrue(bad.err().startsWith(dir.resolve("bsp/.kclint") + ":1:1: error:"), bad.err());
  }

  @Test
  void settingsFileAddsTheProjectsRulePacks() throws IOException {
    Path bsp = Files.createDirectories(dir.resolve("bsp/configs"));
    Path config = bsp.resolve("board_defconfig");
    Files.copy(Path.of(INPUT), config);
    Files.createDirectories(dir.resolve("bsp/rules/board"));
    Files.writeString(
        dir.resolve("bsp/rules/board/bsp-needs-eth.rule"),
        """
        rule bsp-needs-eth {
          severity error
          summary "The board boots from the network: ETH must be built in"
          when !ETH
          blame ETH
          fix "Build the Ethernet driver" { ETH = y }
          ref doc "bsp/README" "netboot"
          explain \"""
            The board has no local storage.
            \"""
        }
        """);
    assertFalse(check(config.toString()).out().contains("[bsp-needs-eth]"));
    Files.writeString(dir.resolve("bsp/.kclint"), "rules rules   # the BSP's own pack\n");
    CliRun r = check(config.toString());
    assertTrue(
        r.out()
            .contains(
                "error: The board boots from the network: ETH must be built in [bsp-needs-eth]"),
        r.out());
    assertFalse(check("--no-settings", config.toString()).out().contains("[bsp-needs-eth]"));
  }

  @Test
  void baselineAcceptsKnownFindingsAndNewOnesFail() throws IOException {
    Path config = dir.resolve("in.config");
    Files.copy(Path.of(INPUT), config);
    Path baseline = dir.resolve("kclint-baseline.json");
    CliRun write = check("--write-baseline", baseline.toString(), config.toString());
    assertEquals(0, write.exit(), write.err());
    CliRun known = check("--baseline", baseline.toString(), config.toString());
    assertEquals(0, known.exit(), known.out());
    assertTrue(known.out().startsWith("0 errors, 0 warnings"), known.out());
    Files.writeString(config, Files.readString(config) + "CONFIG_BUFFERS=xyz\n");
    CliRun added = check("--baseline", baseline.toString(), config.toString());
    assertEquals(1, added.exit(), added.out());
    assertTrue(added.out().contains(config + ":10:1: error:"), added.out());
  }

  @Test
  void waiverOnThePreviousLineSilencesTheFinding() throws IOException {
    Path config = dir.resolve("in.config");
    String text =
        Files.readString(Path.of(INPUT))
            .replace(
                "CONFIG_BUFFERS=abc\n",
                "# kclint: ignore invalid-value vendor tool writes this; fixed below\nCONFIG_BUFFERS=abc\n");
    Files.writeString(config, text);
    CliRun r = check(config.toString());
    assertEquals(0, r.exit(), r.out());
    assertFalse(r.out().contains("[invalid-value]"), r.out());
    assertFalse(r.out().contains("unused-waiver"), r.out());
  }

  @Test
  void outputFileIsWrittenWhole() throws IOException {
    Path sarif = dir.resolve("kclint.sarif");
    CliRun r = check("--format", "sarif", "-o", sarif.toString(), INPUT);
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(Files.readString(sarif).contains("\"ruleId\": \"invalid-value\""));
  }
}
