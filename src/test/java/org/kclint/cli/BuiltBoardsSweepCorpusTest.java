package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;
import org.kclint.testing.Schemas;

/**
 * No false alarms on the real configs: every corpus defconfig and every Debian config raises no
 * hazard without a board (what the rules cannot know stays undecided), and on each device tree it
 * builds exactly the hazards reviewed in testdata/sweep/built-boards-hazards.txt. The defconfigs'
 * decided findings on their boards are pinned in testdata/sweep/boards-built-decided.txt, so that a
 * change to the catalogue or the hardware databases shows its effect on real boards in review
 * (regenerate with {@code -Dkclint.updateGolden=true} and review the diff).
 */
class BuiltBoardsSweepCorpusTest {
  private static final Path REVIEWED = Path.of("testdata/sweep/built-boards-hazards.txt");
  private static final Path DECIDED = Path.of("testdata/sweep/boards-built-decided.txt");
  private static final String DECIDED_HEADER =
      """
      # Every decided hazard-rule finding of `kclint check --defconfig --sweep --boards-built` over
      # the 103 files of the Linux 6.1 corpus's arch/arm/configs, each on every device tree it
      # builds, kernel 6.1.192: one line per finding, sorted. Undecided rules (a fact no device tree,
      # CPU or SoC database gives) are not listed: they are each board's one missing-facts note.
      # BuiltBoardsSweepCorpusTest checks it; regenerate with -Dkclint.updateGolden=true.
      #
      # defconfig  board  rule  status
      """;

  /** The defconfigs' report on their boards: one sweep serves the tests that read it. */
  private static JsonNode defconfigsOnBoards;

  private static synchronized JsonNode defconfigsOnBoards() throws IOException {
    if (defconfigsOnBoards == null) {
      defconfigsOnBoards = report(check(onBuiltBoards(defconfigs())));
    }
    return defconfigsOnBoards;
  }

  @Test
  void noRealConfigRaisesAHazardWithoutItsBoard(@TempDir Path dir) throws IOException {
    Set<String> found = new TreeSet<>();
    found.addAll(hazards(report(check(defconfigs()))));
    found.addAll(hazards(report(check(debian(dir)))));
    assertEquals(Set.of(), found);
  }

  @Test
  void everyHazardOnTheBoardsTheRealConfigsBuildIsAReviewedOne(@TempDir Path dir)
      throws IOException {
    Set<String> found = new TreeSet<>();
    found.addAll(hazards(defconfigsOnBoards()));
    found.addAll(hazards(report(check(onBuiltBoards(debian(dir))))));

    Set<String> reviewed = new TreeSet<>();
    for (String line : Files.readAllLines(REVIEWED)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        reviewed.add(line.strip());
      }
    }
    Set<String> unreviewed = new TreeSet<>(found);
    unreviewed.removeAll(reviewed);
    Set<String> gone = new TreeSet<>(reviewed);
    gone.removeAll(found);
    assertTrue(
        unreviewed.isEmpty() && gone.isEmpty(),
        "not reviewed: " + unreviewed + "\nno longer found: " + gone);
  }

  @Test
  void theDecidedFindingsOnTheBoardsTheDefconfigsBuildAreTheGoldenOnes() throws IOException {
    Set<String> lines = new TreeSet<>();
    for (JsonNode f : defconfigsOnBoards().get("findings")) {
      if (f.has("board") && !f.has("decided")) {
        lines.add(
            String.join(
                " ",
                Path.of(f.get("file").asText()).getFileName().toString(),
                Path.of(f.get("board").asText()).getFileName().toString(),
                f.get("rule").asText(),
                status(f)));
      }
    }
    String golden = DECIDED_HEADER + String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("kclint.updateGolden")) {
      Files.writeString(DECIDED, golden);
    }
    assertEquals(Files.readString(DECIDED), golden, "regenerate with -Dkclint.updateGolden=true");
  }

  /**
   * By default a sweep prints no undecided rule one by one: each config gets at most one
   * missing-facts note per board, and nothing undecided makes the run fail.
   */
  @Test
  void undecidedRulesAreOneNotePerConfigAndBoard() throws IOException {
    Set<String> noted = new TreeSet<>();
    for (JsonNode f : defconfigsOnBoards().get("findings")) {
      if (f.has("decided")) {
        assertEquals("missing-facts", f.get("rule").asText(), f.toString());
        String key = f.get("file").asText() + " " + f.path("board").asText("-");
        assertTrue(noted.add(key), "a second note for " + key);
      }
      assertTrue(!f.get("message").asText().contains("cannot tell"), f.toString());
    }
    assertTrue(!noted.isEmpty(), "some rules wait on facts (core revisions) on some boards");
  }

  private static String status(JsonNode finding) {
    for (JsonNode line : finding.path("detail")) {
      if (line.asText().startsWith("status: ")) {
        return line.asText().substring("status: ".length());
      }
    }
    throw new AssertionError("no status in " + finding);
  }

  private static List<String> defconfigs() {
    return List.of("--defconfig", "--sweep", Corpus.linux().resolve("arch/arm/configs").toString());
  }

  /** Debian's five configs, uncompressed into {@code dir}. */
  private static List<String> debian(Path dir) throws IOException {
    List<String> debian = new ArrayList<>();
    try (DirectoryStream<Path> ins =
        Files.newDirectoryStream(ArmKconfig.references("debian"), "*.in.gz")) {
      for (Path in : ins) {
        Path config = dir.resolve(in.getFileName().toString().replace(".in.gz", ".config"));
        Files.write(config, ArmKconfig.read(in));
        debian.add(config.toString());
      }
    }
    assertEquals(5, debian.size());
    return debian;
  }

  private static List<String> onBuiltBoards(List<String> inputs) {
    List<String> args = new ArrayList<>(List.of("--boards-built"));
    args.addAll(inputs);
    return args;
  }

  private static CliRun check(List<String> inputs) {
    Path linux = Corpus.linux();
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                "--format",
                "json",
                "--fail-on",
                "none",
                "--kconfig",
                linux.toString(),
                "--arch",
                "arm",
                "--toolchain",
                Corpus.armToolchain().toString(),
                "--kernel-version",
                "6.1.192"));
    ArmKconfig.ENVIRONMENT.forEach((k, v) -> args.addAll(List.of("--env", k + "=" + v)));
    args.addAll(inputs);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return run;
  }

  /** A run's JSON report, which conforms to its schema. */
  private static JsonNode report(CliRun run) throws IOException {
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<?> errors = Schemas.report(report);
    assertTrue(
        errors.isEmpty(),
        errors.size() + " schema errors, first: " + errors.subList(0, Math.min(3, errors.size())));
    return report;
  }

  /** {@code config rule board} of each finding whose status is hazard ({@code -} for no board). */
  private static Set<String> hazards(JsonNode report) {
    Set<String> out = new TreeSet<>();
    for (JsonNode f : report.get("findings")) {
      if (f.has("detail") && f.get("detail").toString().contains("\"status: hazard\"")) {
        out.add(
            Path.of(f.get("file").asText()).getFileName()
                + " "
                + f.get("rule").asText()
                + " "
                + (f.has("board") ? Path.of(f.get("board").asText()).getFileName() : "-"));
      }
    }
    return out;
  }
}
