package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check says and where, as a compiler would (issue 15, item 5): findings in file, line and
 * column order in every format; whole-file findings without a line; Kconfig positions an editor can
 * open from the working directory; the settings file and the baseline accounted for on stderr. On
 * testdata/resolve/basic, whose config draws Kconfig findings on lines 3-9 and hazard warnings
 * about symbols it never sets (undecided without a board: shown rule by rule with {@code
 * --undecided=warning}).
 */
class ReportMannersTest {
  private static final String TREE = "testdata/resolve/basic";
  private static final String INPUT = TREE + "/in.config";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static CliRun check(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "check",
                "--kconfig",
                TREE,
                "--arch",
                "test",
                "--color",
                "never",
                "--undecided=warning"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** The lines of the findings, in report order; 0 for a finding about the whole file. */
  private static List<Integer> lines(String format, String out) throws IOException {
    List<Integer> lines = new ArrayList<>();
    switch (format) {
      case "text" -> {
        Matcher m =
            Pattern.compile("(?m)^\\S+?(?::(\\d+):\\d+)?: (error|warning|info): ").matcher(out);
        while (m.find()) {
          lines.add(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
        }
      }
      case "json" ->
          JSON.readTree(out).get("findings").forEach(f -> lines.add(f.get("line").asInt()));
      case "sarif" -> {
        for (JsonNode r : JSON.readTree(out).at("/runs/0/results")) {
          lines.add(r.at("/locations/0/physicalLocation/region/startLine").asInt(0));
        }
      }
      case "github" -> {
        for (String l : out.lines().toList()) {
          Matcher m = Pattern.compile(",line=(\\d+)").matcher(l);
          lines.add(m.find() ? Integer.parseInt(m.group(1)) : 0);
        }
      }
      default -> throw new IllegalArgumentException(format);
    }
    return lines;
  }

  @Test
  void findingsAreInLineOrderInEveryFormat() throws IOException {
    // JUnit groups findings by rule (one test case each), so only the formats of a finding list.
    for (String format : List.of("text", "json", "sarif", "github")) {
      CliRun r = check("--format", format, INPUT);
      List<Integer> lines = lines(format, r.out());
      assertEquals(10, lines.size(), format + ": " + r.out());
      assertEquals(List.of(0, 0, 0, 3, 4, 5, 6, 7, 8, 9), lines, format);
    }
  }

  @Test
  void aFindingAboutSymbolsTheConfigDoesNotSetHasNoLine() {
    CliRun r = check(INPUT);
    assertTrue(
        r.out().contains(INPUT + ": warning: Uniprocessor kernel on a multi-CPU board"), r.out());
    assertFalse(r.out().contains(INPUT + ":1:1:"), r.out());
    CliRun github = check("--format", "github", INPUT);
    assertTrue(
        github.out().contains("::warning file=" + INPUT + ",title=up-kernel-on-smp-board::"),
        github.out());
  }

  @Test
  void aWaiverInTheHeaderWaivesAWholeFileFinding() throws IOException {
    Path config = dir.resolve("in.config");
    Files.writeString(
        config,
        "# kclint: ignore up-kernel-on-smp-board single-core board\n"
            + Files.readString(Path.of(INPUT)));
    CliRun r = check(config.toString());
    assertFalse(r.out().contains("[up-kernel-on-smp-board]"), r.out());
    assertFalse(r.out().contains("[unused-waiver]"), r.out());
    Files.writeString(
        config,
        Files.readString(Path.of(INPUT))
            + "# kclint: ignore up-kernel-on-smp-board not in the header\n");
    CliRun late = check(config.toString());
    assertTrue(late.out().contains("[up-kernel-on-smp-board]"), late.out());
    assertTrue(late.out().contains("[unused-waiver]"), late.out());
  }

  @Test
  void staleConfigPointsIntoTheTreeFromHereAndSpellsAnEmptyString() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.writeString(
        tree.resolve("Kconfig"),
        """
        config A
        \tbool "a"

        config NAME
        \tstring "host name"
        \tdefault ""
        """);
    Path config = dir.resolve("old.config");
    Files.writeString(config, "CONFIG_A=y\n");
    CliRun r =
        CliRun.of(
            "check",
            "--kconfig",
            tree.toString(),
            "--arch",
            "x",
            "--color",
            "never",
            config.toString());
    assertTrue(
        r.out()
            .contains(
                tree.resolve("Kconfig")
                    + ":4:1: info: CONFIG_NAME is new in this tree and not set by the config;"
                    + " conf uses \"\" [stale-config]"),
        r.out());
  }

  @Test
  void theSettingsFileIsNamedAndItsUnknownRulePointedAt() throws IOException {
    Path bsp = Files.createDirectories(dir.resolve("bsp/configs"));
    Path config = bsp.resolve("board_defconfig");
    Files.copy(Path.of(INPUT), config);
    Path settings = dir.resolve("bsp/.kclint");
    Files.writeString(settings, "# BSP\nseverity invalid-valu=info\nwerror  unknown-symbol\n");
    CliRun r = check(config.toString());
    assertTrue(r.err().contains("kclint: using settings from " + settings + "\n"), r.err());
    assertTrue(
        r.err()
            .contains(
                settings
                    + ":2:10: warning: no rule named 'invalid-valu'; did you mean invalid-value?"),
        r.err());
    assertFalse(check("--no-settings", config.toString()).err().contains("using settings"));
    CliRun commandLine = check("--no-settings", "--severity", "no-such-rule=off", INPUT);
    assertTrue(
        commandLine.err().contains("kclint: warning: no rule named 'no-such-rule'"),
        commandLine.err());
  }

  /** check -o my.config my.config replaced the config with its report; so did -o FACTS. */
  @Test
  void anOutputThatIsAlsoAnInputIsAUsageError() throws IOException {
    Path config = dir.resolve("my.config");
    Files.copy(Path.of(INPUT), config);
    Path facts = Files.writeString(dir.resolve("board.facts"), "nCpus = 2\n");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), config);
    for (List<String> args :
        List.of(
            List.of("-o", config.toString(), config.toString()),
            List.of("-o", link.toString(), config.toString()),
            List.of("--facts", facts.toString(), "-o", facts.toString(), config.toString()),
            List.of("--write-baseline", config.toString(), config.toString()))) {
      CliRun r = check(args.toArray(String[]::new));
      assertEquals(ExitCode.USAGE.code(), r.exit(), args + ": " + r.err());
      assertTrue(r.err().contains("is also an input of this run"), r.err());
    }
    assertEquals(Files.readString(Path.of(INPUT)), Files.readString(config));
    assertEquals("nCpus = 2\n", Files.readString(facts));
  }

  @Test
  void theBaselineSaysWhatItHidAndWhichEntriesAreGone() throws IOException {
    Path config = dir.resolve("in.config");
    Files.copy(Path.of(INPUT), config);
    Path baseline = dir.resolve("kclint-baseline.json");
    assertEquals(0, check("--write-baseline", baseline.toString(), config.toString()).exit());
    CliRun all = check("--baseline", baseline.toString(), config.toString());
    assertTrue(
        all.err().contains("kclint: baseline " + baseline + " hid 10 findings\n"), all.err());
    Files.writeString(
        config, Files.readString(config).replace("CONFIG_ETHH=y\n", "").replace("abc", "12"));
    CliRun fixed = check("--baseline", baseline.toString(), config.toString());
    assertTrue(
        fixed
            .err()
            .contains(
                "kclint: baseline "
                    + baseline
                    + " hid 8 findings; 2 entries match nothing (fixed, or gone: remove with"
                    + " --write-baseline):\n"
                    + "    invalid-value "
                    + config
                    + " CONFIG_BUFFERS\n"
                    + "    unknown-symbol "
                    + config
                    + " CONFIG_ETHH\n"),
        fixed.err());
    assertTrue(fixed.out().contains("[duplicate-assignment]"), "the new finding: " + fixed.out());
  }
}
