package org.kclint.board.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One reader serves many boards: an inclusion's result is reused only under the same macros, and an
 * #include inside a node (not standalone) still reads as cpp + dtc read it.
 */
class DtsReaderMemoTest {
  private static final Path DIR = Path.of("testdata/board/memo");

  @Test
  void includedFileFollowsTheMacrosOfEachBoard() {
    DtsReader reader = new DtsReader(List.of(Path.of("testdata/board/include")));
    for (int round = 0; round < 2; round++) {
      assertEquals(
          List.of("/", "/ width = <0x8 0x4>"), TreeDump.of(reader.read(DIR.resolve("narrow.dts"))));
      assertEquals(
          List.of("/", "/ width = <0x40 0x4>", "/ extra", "/ after = <0x4>"),
          TreeDump.of(reader.read(DIR.resolve("wide-extra.dts"))));
    }
  }

  @Test
  void aReaderPastItsBoundForgetsAndReadsTheSame() {
    List<Path> include = List.of(Path.of("testdata/board/include"));
    DtsReader keeping = new DtsReader(include);
    DtsReader forgetting = new DtsReader(include, false, 0);
    for (String board : List.of("narrow.dts", "wide-extra.dts", "narrow.dts", "inside-node.dts")) {
      assertEquals(
          TreeDump.of(keeping.read(DIR.resolve(board))),
          TreeDump.of(forgetting.read(DIR.resolve(board))),
          board);
      assertEquals(0, forgetting.cachedChars(), "forgotten after " + board);
      assertTrue(keeping.cachedChars() > 0, "kept after " + board);
    }
  }

  @Test
  void includeInsideANodeIsReadInPlace() {
    DtsReader reader = new DtsReader(List.of());
    for (int round = 0; round < 2; round++) {
      assertEquals(
          List.of("/", "/node", "/node from-include = <0x1>"),
          TreeDump.of(reader.read(DIR.resolve("inside-node.dts"))));
    }
  }
}
