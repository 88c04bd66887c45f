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
 * hazard without a board (what the rules cannot know stays a warning naming the fact), and on each
 * device tree it builds exactly the hazards reviewed in testdata/sweep/built-boards-hazards.txt.
 */
class BuiltBoardsSweepCorpusTest {
  private static final Path REVIEWED = Path.of("testdata/sweep/built-boards-hazards.txt");

  @Test
  void noRealConfigRaisesAHazardWithoutItsBoard(@TempDir Path dir) throws IOException {
    Set<String> found = new TreeSet<>();
    found.addAll(hazards(check(defconfigs())));
    found.addAll(hazards(check(debian(dir))));
    assertEquals(Set.of(), found);
  }

  @Test
  void everyHazardOnTheBoardsTheRealConfigsBuildIsAReviewedOne(@TempDir Path dir)
      throws IOException {
    Set<String> found = new TreeSet<>();
    found.addAll(hazards(check(onBuiltBoards(defconfigs()))));
    found.addAll(hazards(check(onBuiltBoards(debian(dir)))));

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

  /**
   * {@code config rule board} of each finding whose status is hazard ({@code -} for no board); the
   * report conforms to its schema.
   */
  private static Set<String> hazards(CliRun run) throws IOException {
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<?> errors = Schemas.report(report);
    assertTrue(
        errors.isEmpty(),
        errors.size() + " schema errors, first: " + errors.subList(0, Math.min(3, errors.size())));
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
