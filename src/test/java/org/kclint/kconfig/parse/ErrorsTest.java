package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.diag.InputException;

/**
 * Bad input gives one positioned error. Each tree under testdata/kconfig/errors/ states the
 * diagnostic it must give on its first line: {@code # EXPECT: file:line:col: error: message}.
 */
class ErrorsTest {
  private static final Path ERRORS = TestTrees.ROOT.resolve("errors");
  private static final String EXPECT = "# EXPECT: ";

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ERRORS)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givesTheExpectedDiagnostic(String name) throws IOException {
    String firstLine =
        new String(
                Files.readAllBytes(ERRORS.resolve(name).resolve("Kconfig")),
                StandardCharsets.ISO_8859_1)
            .lines()
            .findFirst()
            .orElseThrow();
    assertTrue(firstLine.startsWith(EXPECT), name + " states no expectation");

    InputException error =
        assertThrows(
            InputException.class,
            () -> KconfigReader.read(TestTrees.options("errors/" + name, new ArrayList<>())));
    assertEquals(firstLine.substring(EXPECT.length()), error.diagnostic());
  }

  @Test
  void deeplyNestedBlocksAreRefusedBeforeTheParserRecurses(@TempDir Path tree) throws IOException {
    int depth = KconfigFileParser.MAX_BLOCK_DEPTH + 1;
    Files.writeString(
        tree.resolve("Kconfig"), "if A\n".repeat(depth) + "config B\n" + "endif\n".repeat(depth));

    InputException error =
        assertThrows(
            InputException.class, () -> KconfigReader.read(KconfigOptions.of(tree, "arm")));
    assertEquals("Kconfig:201:1: error: blocks nested more than 200 deep", error.diagnostic());
  }

  @Test
  void deeplyNestedExpressionsAreRefused(@TempDir Path tree) throws IOException {
    Files.writeString(
        tree.resolve("Kconfig"),
        "config B\n\tdepends on " + "!(".repeat(150) + "A" + ")".repeat(150) + "\n");

    InputException error =
        assertThrows(
            InputException.class, () -> KconfigReader.read(KconfigOptions.of(tree, "arm")));
    assertEquals("Kconfig:2:213: error: expression nested more than 200 deep", error.diagnostic());
  }

  @Test
  void nestingWithinTheLimitsParses(@TempDir Path tree) throws IOException {
    int depth = KconfigFileParser.MAX_BLOCK_DEPTH;
    Files.writeString(
        tree.resolve("Kconfig"),
        "if A\n".repeat(depth)
            + "config B\n\tdepends on "
            + "!(".repeat(99)
            + "A"
            + ")".repeat(99)
            + "\n"
            + "endif\n".repeat(depth));

    assertEquals(1, KconfigReader.read(KconfigOptions.of(tree, "arm")).symbols().size());
  }

  @Test
  void longSourceChainsAreRefused(@TempDir Path tree) throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i <= KconfigTreeBuilder.MAX_SOURCE_DEPTH; i++) {
      names.add(i == 0 ? "Kconfig" : "K" + i);
    }
    for (int i = 0; i < names.size(); i++) {
      String next = i + 1 < names.size() ? "source \"" + names.get(i + 1) + "\"\n" : "";
      Files.writeString(tree.resolve(names.get(i)), next);
    }

    InputException error =
        assertThrows(
            InputException.class, () -> KconfigReader.read(KconfigOptions.of(tree, "arm")));
    assertEquals("K63:1:1: error: source nested more than 64 deep", error.diagnostic());
  }
}
