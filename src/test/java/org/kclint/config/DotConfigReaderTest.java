package org.kclint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.config.DotConfig.Assignment;
import org.kclint.config.DotConfig.Comment;
import org.kclint.config.DotConfig.Kind;
import org.kclint.config.DotConfig.Line;
import org.kclint.config.DotConfig.Unrecognized;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

class DotConfigReaderTest {

  @Test
  void readsEveryKindOfLineAsConfDoes() {
    DotConfig config = DotConfigReader.read(Path.of("testdata/config/mixed.config"));
    List<Line> lines = config.lines();
    assertEquals(
        new Assignment(
            "A", "y", Kind.SET, new org.kclint.diag.Position("testdata/config/mixed.config", 1, 1)),
        lines.get(0));
    Assignment b = (Assignment) lines.get(1);
    assertEquals("B", b.name());
    assertEquals(Kind.NOT_SET, b.kind());
    assertEquals("n", b.value());
    assertEquals(2, b.position().line());
    assertInstanceOf(Comment.class, lines.get(2));
    // conf needs "# " before CONFIG_ and "is not set" after the name.
    assertInstanceOf(Comment.class, lines.get(3));
    assertInstanceOf(Comment.class, lines.get(4));
    // A lone CR line and a CONFIG_ line without '=' are skipped, not assignments.
    assertInstanceOf(Unrecognized.class, lines.get(5));
    assertEquals("\r", ((Unrecognized) lines.get(5)).text());
    assertInstanceOf(Unrecognized.class, lines.get(6));
    assertEquals(
        new Unrecognized(
            "garbage here", new org.kclint.diag.Position("testdata/config/mixed.config", 8, 1)),
        lines.get(7));
    Assignment s = (Assignment) lines.get(8);
    assertEquals("\"x\\\"y\"", s.value());
    assertTrue(s.quoted());
    assertEquals("0x10", ((Assignment) lines.get(9)).value());
    assertEquals(
        List.of("A", "B", "S", "LAST"),
        config.assignments().stream().map(Assignment::name).toList());
  }

  @Test
  void keepsACarriageReturnThatDoesNotEndTheLine() {
    DotConfig config = DotConfigReader.parse("c", "CONFIG_X=a\rb\nCONFIG_Y=y\r");
    assertEquals("a\rb", config.assignments().get(0).value());
    assertEquals("y\r", config.assignments().get(1).value());
  }

  @Test
  void readsTheEdgesOfEachKindOfLine() {
    DotConfig config =
        DotConfigReader.parse(
            "c",
            "CONFIG_=y\nCONFIG_\n# CONFIG_ is not set\n# CONFIG_A  is not set\n"
                + "# CONFIG_B is not settled\n# CONFIG_C\n\n\nCONFIG_D=a=b\r\n#\nCONFIG");
    assertEquals(
        List.of(
            new Unrecognized("CONFIG_=y", new Position("c", 1, 1)),
            new Unrecognized("CONFIG_", new Position("c", 2, 1)),
            new Comment("# CONFIG_ is not set", new Position("c", 3, 1)),
            new Comment("# CONFIG_A  is not set", new Position("c", 4, 1)),
            new Assignment("B", "n", Kind.NOT_SET, new Position("c", 5, 1)),
            new Comment("# CONFIG_C", new Position("c", 6, 1)),
            new Assignment("D", "a=b", Kind.SET, new Position("c", 9, 1)),
            new Comment("#", new Position("c", 10, 1)),
            new Unrecognized("CONFIG", new Position("c", 11, 1))),
        config.lines());
  }

  @Test
  void keepsBytesThatAreNotUtf8AsConfDoes() {
    byte[] bytes = {
      'C', 'O', 'N', 'F', 'I', 'G', '_', 'X', '=', '"', (byte) 0xff, '"', '\n', '#', (byte) 0xe9
    };
    DotConfig config = DotConfigReader.parse("c", bytes);
    assertEquals(2, config.lines().size());
    String value = ((DotConfig.Assignment) config.lines().get(0)).value();
    assertTrue(value.contains("\uDCFF"), value);
  }

  @Test
  void aMissingFileIsAnInputError() {
    assertThrows(InputException.class, () -> DotConfigReader.read(Path.of("testdata/nope")));
  }
}
