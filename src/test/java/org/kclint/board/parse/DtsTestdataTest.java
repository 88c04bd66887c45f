package org.kclint.board.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.diag.InputException;

/**
 * The DTS and preprocessor cases of testdata/board: each {@code ok/*.dts} states its whole merged
 * tree in {@code // EXPECT:} lines (see {@link TreeDump}); each {@code bad/*.dts} states the error
 * in an {@code // ERROR: file:line:col: message} line. Include folder: testdata/board/include.
 */
class DtsTestdataTest {
  private static final Path ROOT = Path.of("testdata/board");

  static Stream<Path> ok() throws IOException {
    return cases("ok");
  }

  static Stream<Path> bad() throws IOException {
    return cases("bad");
  }

  private static Stream<Path> cases(String dir) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
      return files.filter(p -> p.toString().endsWith(".dts")).sorted().toList().stream();
    }
  }

  private static DtsReader reader() {
    return new DtsReader(List.of(ROOT.resolve("include")));
  }

  @ParameterizedTest
  @MethodSource("ok")
  void treeIsAsExpected(Path file) throws IOException {
    List<String> expected = marked(file, "// EXPECT:");
    assertFalse(expected.isEmpty(), file + " states no EXPECT lines");
    assertEquals(String.join("\n", expected), String.join("\n", TreeDump.of(reader().read(file))));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void errorIsPositioned(Path file) throws IOException {
    List<String> expected = marked(file, "// ERROR:");
    assertEquals(1, expected.size(), file + " states one ERROR line");
    InputException e = assertThrows(InputException.class, () -> reader().read(file));
    String actual =
        Path.of(e.position().file()).getFileName()
            + ":"
            + e.position().line()
            + ":"
            + e.position().column()
            + ": "
            + e.getMessage();
    String want = expected.get(0);
    int split = want.indexOf(": ");
    assertEquals(want.substring(0, split), actual.substring(0, actual.indexOf(": ")), actual);
    assertTrue(
        e.getMessage().contains(want.substring(split + 2)),
        "message '" + e.getMessage() + "' lacks '" + want.substring(split + 2) + "'");
  }

  private static List<String> marked(Path file, String marker) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      int at = line.indexOf(marker);
      if (at >= 0) {
        out.add(line.substring(at + marker.length()).strip());
      }
    }
    return out;
  }
}
