package org.kclint.board.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.board.DeviceTree;
import org.kclint.board.DtNode;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;

/**
 * Each bound of {@link InputLimits} the device tree reader enforces: an input exactly at it reads,
 * one just past it is a positioned error, and one far past it too (never a StackOverflowError).
 */
class DtsLimitsTest {
  @TempDir Path dir;

  @Test
  void nodeDepth() throws IOException {
    IntFunction<String> nested =
        depth -> "/dts-v1/;\n/ {\n" + "n {\n".repeat(depth - 1) + "};\n".repeat(depth);
    DeviceTree tree = read(write("at.dts", nested.apply(InputLimits.MAX_NODE_DEPTH)));
    int depth = 1;
    for (DtNode n = tree.root(); !n.children().isEmpty(); n = n.children().get(0)) {
      depth++;
    }
    assertEquals(InputLimits.MAX_NODE_DEPTH, depth);
    // The root's brace is on line 2, so the one past the limit is on line MAX + 2.
    refused(
        nested.apply(InputLimits.MAX_NODE_DEPTH + 1),
        InputLimits.MAX_NODE_DEPTH + 2,
        "nodes nested more than");
    // Far deeper, within the node count (more braces than that are refused as the file is read).
    refused(
        nested.apply(InputLimits.MAX_DT_NODES),
        InputLimits.MAX_NODE_DEPTH + 2,
        "nodes nested more than");
  }

  @Test
  void cellExpressionDepth() throws IOException {
    atAndBeyond(
        nested("/dts-v1/;\n/ { x = <", "(", ">; };\n"),
        InputLimits.MAX_EXPRESSION_DEPTH,
        2,
        "nested more than");
  }

  @Test
  void ifExpressionDepth() throws IOException {
    // The whole expression is the first level, each parenthesis one more.
    atAndBeyond(
        levels ->
            "/dts-v1/;\n#if "
                + "(".repeat(levels - 1)
                + "1"
                + ")".repeat(levels - 1)
                + "\n#endif\n/ { };\n",
        InputLimits.MAX_EXPRESSION_DEPTH,
        2,
        "#if expression nested more than");
  }

  @Test
  void cppIncludeDepth() throws IOException {
    includeChain("#include \"%s\"\n", "#include nested more than");
  }

  @Test
  void dtcIncludeDepth() throws IOException {
    includeChain("/include/ \"%s\"\n", "/include/ nested more than");
  }

  /** The main file and a chain of included files, as many files in all as the limit allows. */
  private void includeChain(String directive, String message) throws IOException {
    int files = InputLimits.MAX_INCLUDE_DEPTH;
    for (int i = 1; i < files; i++) {
      write(
          "f" + i + ".dtsi",
          i + 1 < files ? String.format(directive, "f" + (i + 1) + ".dtsi") : "");
    }
    Path main = write("main.dts", "/dts-v1/;\n" + String.format(directive, "f1.dtsi") + "/ { };\n");
    read(main);
    // One more file in the chain is one too deep: refused where the last one includes it.
    write("f" + (files - 1) + ".dtsi", String.format(directive, "f" + files + ".dtsi"));
    write("f" + files + ".dtsi", "");
    InputException e = assertThrows(InputException.class, () -> read(main));
    assertTrue(e.getMessage().contains(message), e.diagnostic());
    assertEquals(
        "f" + (files - 1) + ".dtsi",
        Path.of(e.position().file()).getFileName().toString(),
        e.diagnostic());
    assertEquals(1, e.position().line(), e.diagnostic());
  }

  @Test
  void macroArgumentDepth() throws IOException {
    atAndBeyond(
        nested("/dts-v1/;\n#define F(x) x\n/ { x = <", "F(", ">; };\n"),
        InputLimits.MAX_MACRO_DEPTH,
        3,
        "macro arguments nested more than");
  }

  @Test
  void tokensFromMacros() throws IOException {
    IntFunction<String> many =
        n -> "/dts-v1/;\n#define X 1\n/ { x = <" + " X".repeat(n) + ">; };\n";
    read(write("at.dts", many.apply(InputLimits.MAX_DTS_EXPANSIONS)));
    refused(many.apply(InputLimits.MAX_DTS_EXPANSIONS + 1), 3, "does not terminate");
    // Doubling at each level: 2^40 tokens from a few lines.
    StringBuilder doubling = new StringBuilder("/dts-v1/;\n#define A0 1\n");
    for (int i = 1; i <= 40; i++) {
      doubling
          .append("#define A")
          .append(i)
          .append(" A")
          .append(i - 1)
          .append(" A")
          .append(i - 1)
          .append('\n');
    }
    refused(doubling.append("/ { x = <A40>; };\n").toString(), 43, "does not terminate");
  }

  /** {@code head}, {@code open} depth times, 1, as many ')', {@code tail}. */
  private static IntFunction<String> nested(String head, String open, String tail) {
    return depth -> head + open.repeat(depth) + "1" + ")".repeat(depth) + tail;
  }

  /**
   * {@code input} of size {@code limit} reads; one size more, and far more, are refused at {@code
   * line}.
   */
  private void atAndBeyond(IntFunction<String> input, int limit, int line, String message)
      throws IOException {
    read(write("at.dts", input.apply(limit)));
    refused(input.apply(limit + 1), line, message);
    refused(input.apply(100_000), line, message);
  }

  private void refused(String text, int line, String message) throws IOException {
    Path file = write("beyond.dts", text);
    InputException e = assertThrows(InputException.class, () -> read(file));
    assertTrue(e.getMessage().contains(message), e.diagnostic());
    assertEquals(line, e.position().line(), e.diagnostic());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static DeviceTree read(Path file) {
    return new DtsReader(List.of()).read(file);
  }
}
