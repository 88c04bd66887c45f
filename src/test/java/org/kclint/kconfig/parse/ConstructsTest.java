package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.diag.Position;
import org.kclint.kconfig.Default;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.MenuNode.Kind;
import org.kclint.kconfig.Range;
import org.kclint.kconfig.ReverseDependency;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.SymbolType;

/** Each statement and option of testdata/kconfig/constructs/Kconfig, as the model holds it. */
class ConstructsTest {
  private static final KconfigTree TREE = TestTrees.read("constructs");

  private static Expr sym(String name) {
    return new Expr.Sym(name);
  }

  private static MenuNode definition(String name) {
    return TREE.symbol(name).orElseThrow().definitions().get(0);
  }

  @Test
  void mainmenuIsTheRootPromptWithMacrosExpanded() {
    assertEquals(Kind.ROOT, TREE.root().kind());
    assertEquals("Test arm Configuration", TREE.root().prompt().orElseThrow().text());
  }

  @Test
  void symbolsAreInOrderOfFirstDefinition() {
    assertEquals(
        List.of(
            "PLAIN", "FULL", "NUMBER", "ADDRESS", "NAME", "DEFBOOL", "DEFTRI", "MODULES", "INSIDE",
            "FIRST", "SECOND", "NESTED", "THIRD"),
        List.copyOf(TREE.symbols().keySet()));
    assertEquals(List.of("Kconfig"), TREE.files());
  }

  @Test
  void configWithEveryOption() {
    MenuNode full = definition("FULL");
    assertEquals(Kind.CONFIG, full.kind());
    assertEquals(Optional.of(SymbolType.BOOL), full.type());
    assertEquals("Full symbol", full.prompt().orElseThrow().text());
    assertEquals(sym("PLAIN"), full.prompt().orElseThrow().condition());
    assertEquals(
        List.of(
            new Default(new Expr.Const("y"), sym("PLAIN"), new Position("Kconfig", 8, 2)),
            new Default(new Expr.Const("m"), Expr.YES, new Position("Kconfig", 9, 2))),
        full.defaults());
    assertEquals(
        List.of(new ReverseDependency("SELECTED", sym("PLAIN"), new Position("Kconfig", 10, 2))),
        full.selects());
    assertEquals(
        List.of(new ReverseDependency("IMPLIED", Expr.YES, new Position("Kconfig", 11, 2))),
        full.implies());
    assertEquals(new Expr.And(sym("PLAIN"), new Expr.Not(sym("OTHER"))), full.dependsOn());
    assertEquals(Expr.YES, full.inherited());
    assertEquals(new Position("Kconfig", 6, 1), full.position());
  }

  @Test
  void helpTextKeepsRelativeIndentationAndEndsWhereIndentationDrops() {
    assertEquals(
        Optional.of("First line of help.\n  Indented line.\n\nAfter a blank line.\n"),
        definition("FULL").help());
  }

  @Test
  void typesPromptsRangesAndStringConstants() {
    MenuNode number = definition("NUMBER");
    assertEquals(SymbolType.INT, TREE.symbol("NUMBER").orElseThrow().type());
    assertEquals("Number", number.prompt().orElseThrow().text());
    assertEquals(
        List.of(
            new Range(sym("1"), new Expr.Const("10"), sym("FULL"), new Position("Kconfig", 23, 2))),
        number.ranges());
    assertEquals(SymbolType.HEX, TREE.symbol("ADDRESS").orElseThrow().type());
    assertEquals(sym("0x1000"), definition("ADDRESS").defaults().get(0).value());
    assertEquals(new Expr.Const("a \"quoted\" name"), definition("NAME").defaults().get(0).value());
  }

  @Test
  void defBoolAndDefTristateDeclareTheTypeAndADefault() {
    assertEquals(SymbolType.BOOL, TREE.symbol("DEFBOOL").orElseThrow().type());
    assertEquals(
        new Expr.And(sym("PLAIN"), sym("FULL")),
        definition("DEFBOOL").defaults().get(0).value(),
        "a backslash continues the line");
    assertEquals(SymbolType.TRISTATE, TREE.symbol("DEFTRI").orElseThrow().type());
    assertEquals(sym("FULL"), definition("DEFTRI").defaults().get(0).condition());
  }

  @Test
  void menuconfigWithModules() {
    MenuNode modules = definition("MODULES");
    assertEquals(Kind.MENUCONFIG, modules.kind());
    assertTrue(modules.modules());
    assertFalse(definition("FULL").modules());
  }

  @Test
  void menuCommentAndIfBlocksPassTheirDependenciesDown() {
    MenuNode menu = TestTrees.prompted(TREE, "A menu");
    assertEquals(Kind.MENU, menu.kind());
    assertEquals(Optional.of(sym("FULL")), menu.visibleIf());
    assertEquals(sym("PLAIN"), menu.dependsOn());

    MenuNode comment = menu.children().get(0);
    assertEquals(Kind.COMMENT, comment.kind());
    assertEquals(
        new Expr.Compare(Expr.CompareOp.GREATER, sym("NUMBER"), sym("2")), comment.dependsOn());
    assertEquals(sym("PLAIN"), comment.inherited());

    MenuNode block = menu.children().get(1);
    assertEquals(Kind.IF, block.kind());
    assertEquals(new Expr.Or(sym("FULL"), sym("PLAIN")), block.dependsOn());
    MenuNode inside = block.children().get(0);
    assertEquals("INSIDE", inside.symbol().orElseThrow());
    assertEquals(
        new Expr.And(sym("PLAIN"), new Expr.Or(sym("FULL"), sym("PLAIN"))), inside.inherited());
    assertEquals(Expr.YES, inside.dependsOn());
  }

  @Test
  void choiceWithItsOptionsAndMembers() {
    MenuNode choice = TestTrees.prompted(TREE, "Pick one");
    assertEquals(Kind.CHOICE, choice.kind());
    assertEquals(Optional.empty(), choice.symbol());
    assertTrue(choice.optional());
    assertEquals(
        List.of(new Default(sym("SECOND"), sym("FULL"), new Position("Kconfig", 63, 2))),
        choice.defaults());
    assertEquals(Optional.of(SymbolType.TRISTATE), choice.type(), "from its first typed member");
    assertEquals(SymbolType.TRISTATE, TREE.symbol("SECOND").orElseThrow().type());
    assertEquals(sym("PLAIN"), definition("FIRST").inherited());
    assertEquals(
        SymbolType.UNKNOWN,
        TREE.symbol("NESTED").orElseThrow().type(),
        "menu_finalize types only the choice's direct entries");

    MenuNode named = TestTrees.prompted(TREE, "Untyped members take this");
    assertEquals(Optional.of("NAMED"), named.symbol());
    assertEquals(SymbolType.BOOL, TREE.symbol("THIRD").orElseThrow().type());
    assertFalse(TREE.symbols().containsKey("NAMED"), "a choice's name is not a config symbol");
  }

  @Test
  void aSymbolDefinedTwiceKeepsBothDefinitionsAndItsFirstType() {
    Symbol plain = TREE.symbol("PLAIN").orElseThrow();
    assertEquals(2, plain.definitions().size());
    assertEquals(Optional.empty(), plain.definitions().get(0).type());
    assertEquals(SymbolType.BOOL, plain.type());
    assertTrue(plain.prompted());
    assertFalse(TREE.symbol("NESTED").orElseThrow().definitions().isEmpty());
  }
}
