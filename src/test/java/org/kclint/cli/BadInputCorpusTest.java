package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file under testdata/bad-input/ makes kclint exit 3 with one {@code file:line:col: error:}
 * line (or {@code file: error:} where the file as a whole is at fault, as gcc says it) and no stack
 * trace. The expectation sits in the input, on a comment line {@code EXPECT: FILE:LINE:COL: error:
 * FRAGMENT}, or beside it in {@code NAME.expect} where the format has no comments; FILE is a suffix
 * of the path kclint prints, FRAGMENT a part of the message. Each format folder says how kclint is
 * run on its inputs.
 */
class BadInputCorpusTest {
  private static final Path CORPUS = Path.of("testdata/bad-input");
  private static final String TREE = "testdata/robust/tree";
  private static final Pattern EXPECT =
      Pattern.compile("EXPECT: (.+?(?::\\d+:\\d+)?): error: (.*)$");
  private static final Pattern DIAGNOSTIC = Pattern.compile("^(.+?(?::\\d+:\\d+)?): error: (.+)$");

  @TempDir Path scratch;

  @TestFactory
  Stream<DynamicTest> everyBadInputIsAPositionedError() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : inputs()) {
      tests.add(DynamicTest.dynamicTest(CORPUS.relativize(input).toString(), () -> check(input)));
    }
    return tests.stream();
  }

  @Test
  void theCorpusIsLargeAndCoversEveryFormat() throws IOException {
    List<Path> inputs = inputs();
    assertTrue(inputs.size() >= 40, "only " + inputs.size() + " bad inputs");
    try (Stream<Path> formats = Files.list(CORPUS)) {
      for (Path format : formats.toList()) {
        assertTrue(inputs.stream().anyMatch(i -> i.startsWith(format)), format + " has no input");
      }
    }
  }

  /**
   * One input per file, except Kconfig, where a case is a tree (a folder with a Kconfig), a device
   * tree case that needs a folder of its own (its symbolic links: a folder with a board.dts), and a
   * folder given where a file is expected.
   */
  private static List<Path> inputs() throws IOException {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> formats = Files.list(CORPUS)) {
      for (Path format : formats.sorted().toList()) {
        try (Stream<Path> cases = Files.list(format)) {
          cases.filter(c -> !c.toString().endsWith(".expect")).sorted().forEach(inputs::add);
        }
      }
    }
    return inputs;
  }

  private void check(Path input) throws IOException {
    CliRun run = CliRun.of(command(input));
    Matcher expected = expectation(input, run.err());
    assertEquals(ExitCode.BAD_INPUT.code(), run.exit(), run.err());
    assertFalse(
        run.err().contains("\tat ") || run.err().contains("Exception"),
        "stack trace: " + run.err());
    List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(1, errors.size(), run.err());
    Matcher diagnostic = DIAGNOSTIC.matcher(errors.get(0));
    assertTrue(diagnostic.matches(), "not file[:line:col]: error: message: " + errors.get(0));
    assertTrue(
        diagnostic.group(1).endsWith(expected.group(1)),
        "expected at " + expected.group(1) + ": " + errors.get(0));
    assertTrue(
        diagnostic.group(2).contains(expected.group(2)),
        "expected '" + expected.group(2) + "' in: " + errors.get(0));
  }

  private static Matcher expectation(Path input, String got) throws IOException {
    Path sidecar = input.resolveSibling(input.getFileName() + ".expect");
    Path holder =
        Files.exists(sidecar) ? sidecar : Files.isDirectory(input) ? mainFile(input) : input;
    byte[] bytes = Files.readAllBytes(holder);
    for (String line : new String(bytes, StandardCharsets.ISO_8859_1).lines().toList()) {
      Matcher m = EXPECT.matcher(line);
      if (m.find()) {
        return m;
      }
    }
    throw new AssertionError(
        input + " states no EXPECT: line (nor " + sidecar.getFileName() + "); kclint said: " + got);
  }

  /** The file kclint is given for a case that is a folder. */
  private static Path mainFile(Path folderCase) {
    String format = folderCase.getParent().getFileName().toString();
    return folderCase.resolve(format.equals("dts") ? "board.dts" : "Kconfig");
  }

  private String[] command(Path input) throws IOException {
    Path scratch = Files.createTempDirectory(this.scratch, "case");
    String format = input.getParent().getFileName().toString();
    String file = input.toString();
    String name = input.getFileName().toString();
    String stem =
        name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.'));
    return switch (format) {
      case "kconfig" -> new String[] {"symbols", "--kconfig", file, "--arch", "arm"};
      case "rule" -> {
        // A rule pack is laid out <area>/<id>.rule.
        Path area = Files.createDirectories(scratch.resolve("pack/bad"));
        // A symbolic link is copied as the link (one to /dev/zero would never end).
        Files.copy(input, area.resolve(name), LinkOption.NOFOLLOW_LINKS);
        // Checked through check, where rules meet the model's scenarios, on the bundled example.
        yield new String[] {"check", "--rules", scratch.resolve("pack").toString()};
      }
      case "scenario" -> {
        Path dir = Files.createDirectories(scratch.resolve("scenarios"));
        Files.copy(input, dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
        yield new String[] {"trace", "--scenarios", dir.toString(), "--scenario", stem};
      }
      case "trace" -> new String[] {"replay", file};
      case "dts" ->
          new String[] {
            "board",
            "-I",
            "testdata/board/include",
            Files.isDirectory(input) ? mainFile(input).toString() : file
          };
      case "facts" -> new String[] {"board", "--facts", file};
      case "toolchain" ->
          new String[] {"symbols", "--kconfig", TREE, "--arch", "arm", "--toolchain", file};
      case "config" ->
          new String[] {
            "resolve",
            "--kconfig",
            TREE,
            "--arch",
            "arm",
            "-o",
            scratch.resolve("out.config").toString(),
            file
          };
      default -> throw new AssertionError("no command for bad-input format " + format);
    };
  }
}
