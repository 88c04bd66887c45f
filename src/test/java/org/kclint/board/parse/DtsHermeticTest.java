package org.kclint.board.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.board.DeviceTree;
import org.kclint.diag.InputException;

/**
 * A malicious board tree (testdata/hermetic/dts, each case a folder with board.dts, read with
 * {@code -I inc} where it has one) cannot make kclint read a file outside the board's folder and
 * the include folders: not by an absolute path, a {@code ..} escape (quoted, in angle brackets, or
 * from an included file), a symbolic link to a file or a folder, or /incbin/. Each case states the
 * refusal in an {@code // ERROR: file:line:col: message} line.
 */
class DtsHermeticTest {
  private static final Path CASES = Path.of("testdata/hermetic/dts");

  @TempDir Path outside;

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void includesOutsideAreRefused(Path dir) throws IOException {
    assertTrue(Files.exists(Path.of("/etc/passwd")), "the attack needs a file outside the tree");
    String expected = expectation(dir);
    InputException e =
        assertThrows(InputException.class, () -> reader(dir, false).read(dir.resolve("board.dts")));
    String actual =
        Path.of(e.position().file()).getFileName()
            + ":"
            + e.position().line()
            + ":"
            + e.position().column()
            + ": "
            + e.getMessage();
    assertTrue(actual.startsWith(expected), "expected " + expected + "\n     got " + actual);
  }

  /**
   * The control: allowed, the same includes are read (/etc/passwd is then no DTS: an error, but not
   * a refusal).
   */
  @ParameterizedTest
  @MethodSource("cases")
  void includesOutsideAreReadWhenAllowed(Path dir) {
    try {
      reader(dir, true).read(dir.resolve("board.dts"));
    } catch (InputException e) {
      assertFalse(e.getMessage().contains("refusing"), e.diagnostic());
    }
  }

  @Test
  void anAllowedFileOutsideIsIncluded() throws IOException {
    Path dtsi = Files.writeString(outside.resolve("extra.dtsi"), "/ { extra = <1>; };\n");
    Path board = Files.createDirectories(outside.resolve("board"));
    Path dts =
        Files.writeString(
            board.resolve("board.dts"),
            "/dts-v1/;\n#include \"" + dtsi + "\"\n/include/ \"../extra.dtsi\"\n/ { };\n");
    InputException refused =
        assertThrows(InputException.class, () -> new DtsReader(List.of()).read(dts));
    assertEquals(2, refused.position().line(), refused.diagnostic());
    DeviceTree tree = new DtsReader(List.of(), true).read(dts);
    assertEquals("extra", tree.root().properties().get(0).name());
    // Given as an include folder, the same place is inside.
    assertEquals(
        "extra", new DtsReader(List.of(outside)).read(dts).root().properties().get(0).name());
  }

  private static DtsReader reader(Path dir, boolean allowOutside) {
    Path inc = dir.resolve("inc");
    return new DtsReader(Files.isDirectory(inc) ? List.of(inc) : List.of(), allowOutside);
  }

  private static String expectation(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
          int at = line.indexOf("// ERROR: ");
          if (at >= 0) {
            return line.substring(at + "// ERROR: ".length()).strip();
          }
        }
      }
    }
    throw new AssertionError(dir + " states no ERROR line");
  }
}
