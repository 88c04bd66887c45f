package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.io.ByteText;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;

/**
 * The lexical rules of lexer.l, each on a one-file tree written inline: help text, strings, line
 * continuation, comments, line ends, operator precedence.
 */
class TextTest {
  @TempDir Path tree;
  private final List<String> warnings = new ArrayList<>();

  private KconfigTree read(String text) throws IOException {
    Files.writeString(tree.resolve("Kconfig"), text, StandardCharsets.ISO_8859_1);
    return KconfigReader.read(KconfigOptions.of(tree, "arm").withWarnings(warnings::add));
  }

  private MenuNode only(String text) throws IOException {
    return read(text).root().children().get(0);
  }

  private static Expr sym(String name) {
    return new Expr.Sym(name);
  }

  @Test
  void helpIndentationCountsTabsAsEightColumns() throws IOException {
    MenuNode node = only("config A\n\thelp\n\t  one\n\t\t  deeper by 8\n          two\nconfig B\n");
    assertEquals(
        Optional.of("one\n        deeper by 8\ntwo"),
        node.help(),
        "a newline ends the text only when blank lines follow");
  }

  @Test
  void helpEndsAtALineIndentedLessThanItsFirst() throws IOException {
    MenuNode node = only("config A\n\thelp\n\t    one\n\n\t  depends on B\n");
    assertEquals(Optional.of("one\n\n"), node.help(), "blank lines before the drop are kept");
    assertEquals(sym("B"), node.dependsOn());
  }

  @Test
  void helpRunsToTheEndOfTheFileAndKeepsInnerBlankLines() throws IOException {
    assertEquals(Optional.of("one\n\n  two"), only("config A\n\thelp\n  one\n\n    two").help());
    assertEquals(List.of(), warnings, "help text may end a file without a newline");
  }

  @Test
  void singleQuotedStringsHoldDoubleQuotes() throws IOException {
    MenuNode node = only("config A\n\tstring 'say \"hi\" it\\'s'\n");
    assertEquals("say \"hi\" it's", node.prompt().orElseThrow().text());
  }

  @Test
  void backslashEscapesAndTheOtherQuoteAreText() throws IOException {
    MenuNode node = only("config A\n\tstring \"say 'hi' \\\"x\\\" \\\\ \\q\"\n");
    assertEquals("say 'hi' \"x\" \\ q", node.prompt().orElseThrow().text());
  }

  @Test
  void aStringEndsAtTheEndOfItsLineWithAWarning() throws IOException {
    MenuNode node = only("config A\n\tbool \"open\nconfig B\n");
    assertEquals("open", node.prompt().orElseThrow().text());
    assertEquals(List.of("Kconfig:2:warning: multi-line strings not supported"), warnings);
  }

  @Test
  void backslashNewlineContinuesALineAndCommentsAreIgnored() throws IOException {
    MenuNode node = only("config A # a comment\n\tdepends on B && \\\n\t\tC # another\n");
    assertEquals(new Expr.And(sym("B"), sym("C")), node.dependsOn());
  }

  @Test
  void crlfLineEndsAreAccepted() throws IOException {
    MenuNode node = only("config A\r\n\tbool \"A\"\r\n\thelp\r\n\t  text\r\n\r\nconfig B\r\n");
    assertEquals("A", node.prompt().orElseThrow().text());
    assertEquals(Optional.of("text\n"), node.help());
    assertEquals(List.of(), warnings);
  }

  @Test
  void aMissingFinalNewlineIsAWarning() throws IOException {
    assertEquals(sym("B"), only("config A\n\tdepends on B").dependsOn());
    assertEquals(List.of("Kconfig:2:warning: no new line at end of file"), warnings);
  }

  @Test
  void unsupportedCharactersAreIgnoredWithAWarning() throws IOException {
    assertEquals(sym("B"), only("config A\n\tdepends on B ;\n").dependsOn());
    assertEquals(List.of("Kconfig:2:warning: ignoring unsupported character ';'"), warnings);
  }

  @Test
  void latin1BytesAreReadAsTheKernelReadsBytes() throws IOException {
    MenuNode node = only("config A\n\tbool \"caf\u00e9\"\n");
    // The byte 0xe9, which is not UTF-8, is kept as itself and written back as that byte.
    assertEquals("caf\uDCE9", node.prompt().orElseThrow().text());
    assertArrayEquals(
        new byte[] {'c', 'a', 'f', (byte) 0xe9},
        ByteText.encode(node.prompt().orElseThrow().text()));
  }

  @Test
  void notBindsTighterThanComparisonsTighterThanAndTighterThanOr() throws IOException {
    MenuNode node = only("config A\n\tdepends on !B = C && D || E != \"x\" && !(F || G)\n");
    assertEquals(
        new Expr.Or(
            new Expr.And(
                new Expr.Not(new Expr.Compare(Expr.CompareOp.EQUAL, sym("B"), sym("C"))), sym("D")),
            new Expr.And(
                new Expr.Compare(Expr.CompareOp.UNEQUAL, sym("E"), new Expr.Const("x")),
                new Expr.Not(new Expr.Or(sym("F"), sym("G"))))),
        node.dependsOn());
  }

  @Test
  void andAndOrAssociateToTheLeftAndComparisonsCoverAllOperators() throws IOException {
    MenuNode node = only("config A\n\tdepends on B < 1 && C <= 2 && D > 3 || E >= 4 || m\n");
    assertEquals(
        new Expr.Or(
            new Expr.Or(
                new Expr.And(
                    new Expr.And(
                        new Expr.Compare(Expr.CompareOp.LESS, sym("B"), sym("1")),
                        new Expr.Compare(Expr.CompareOp.LESS_EQUAL, sym("C"), sym("2"))),
                    new Expr.Compare(Expr.CompareOp.GREATER, sym("D"), sym("3"))),
                new Expr.Compare(Expr.CompareOp.GREATER_EQUAL, sym("E"), sym("4"))),
            new Expr.Const("m")),
        node.dependsOn());
  }

  @Test
  void anAssignmentValueIsTheRawRestOfTheLine() throws IOException {
    MenuNode node = only("V = a \"b\" # c  \nconfig A\n\tstring\n\tdefault \"$(V)\"\n");
    assertEquals(new Expr.Const("a \"b\" # c  "), node.defaults().get(0).value());
  }

  @Test
  void aMenuconfigWithoutPromptIsAWarning() throws IOException {
    read("menuconfig A\n\tbool\n");
    assertEquals(List.of("<none>:3: warning: menuconfig statement without prompt"), warnings);
  }

  @Test
  void anAssignmentNeedsNoBlanksAndComparisonsAreNotAssignments() throws IOException {
    MenuNode node = only("V=x y\nconfig A\n\tstring\n\tdefault \"$(V)\" if B = C\n");
    assertEquals(new Expr.Const("x y"), node.defaults().get(0).value());
    assertEquals(
        new Expr.Compare(Expr.CompareOp.EQUAL, sym("B"), sym("C")),
        node.defaults().get(0).condition());
  }

  @Test
  void shellRunsOnlyWhenAllowedAndItsOutputLosesItsNewlines() throws IOException {
    Files.writeString(
        tree.resolve("Kconfig"),
        "config A\n\tstring\n\tdefault \"$(shell,printf 'a\\nb\\n\\n')\"\n");
    KconfigTree ran = KconfigReader.read(KconfigOptions.of(tree, "arm").withShell(true));
    assertEquals(new Expr.Const("a b"), ran.root().children().get(0).defaults().get(0).value());
    assertEquals(List.of(), List.copyOf(ran.unknownShellSymbols()));

    KconfigTree hermetic = KconfigReader.read(KconfigOptions.of(tree, "arm"));
    assertEquals(new Expr.Const("n"), hermetic.root().children().get(0).defaults().get(0).value());
    assertEquals(List.of("A"), List.copyOf(hermetic.unknownShellSymbols()));
  }

  @Test
  void unknownResultsMarkEverySymbolInsideTheBlockThatUsedThem() throws IOException {
    KconfigTree marked =
        read(
            "tool := $(shell,probe)\nconfig OUTSIDE\nif $(tool)\nmenu \"m\"\nconfig INSIDE\n"
                + "endmenu\nendif\nconfig AFTER\n\tdepends on $(tool)\n");
    assertEquals(List.of("INSIDE", "AFTER"), List.copyOf(marked.unknownShellSymbols()));
    assertEquals(1, warnings.size(), "one warning per unknown command");
  }
}
