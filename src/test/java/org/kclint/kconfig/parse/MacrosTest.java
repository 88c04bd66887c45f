package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;

/** testdata/kconfig/macros/Kconfig: each feature of the macro language. */
class MacrosTest {
  private static final List<String> WARNINGS = new ArrayList<>();
  private static KconfigTree tree;

  @BeforeAll
  static void read() {
    tree =
        KconfigReader.read(
            TestTrees.options("macros", WARNINGS)
                .withEnvironment(Map.of("KERNELVERSION", "6.1.192"))
                .withToolchain(
                    ToolchainProfile.read(TestTrees.ROOT.resolve("macros/profile.tsv"))));
  }

  private static Expr defaultOf(String symbol) {
    return tree.symbol(symbol).orElseThrow().definitions().get(0).defaults().get(0).value();
  }

  @Test
  void simpleVariablesAreExpandedWhenAssignedAndAppendKeepsTheFlavor() {
    assertTrue(tree.symbols().containsKey("SIMPLE_arm"), "a macro inside a symbol name");
    assertEquals(new Expr.Const("arm-one late"), defaultOf("SIMPLE_arm"));
  }

  @Test
  void recursiveVariablesAreExpandedWhenUsed() {
    assertEquals(new Expr.Const("late"), defaultOf("RECURSIVE"));
    assertEquals(new Expr.Const("first second"), defaultOf("APPENDED"));
  }

  @Test
  void userFunctionsTakeArguments() {
    assertEquals(new Expr.Const("hello-kconfig-world"), defaultOf("CALL"));
  }

  @Test
  void filenameAndLinenoNameTheReference() {
    assertEquals(new Expr.Const("Kconfig:33"), defaultOf("POSITION"));
  }

  @Test
  void environmentVariablesAndUndefinedOnesExpandToTheirValueOrNothing() {
    assertEquals(new Expr.Const("6.1.192"), defaultOf("ENV"));
  }

  @Test
  void rawValuesCommasSpacesAndALoneDollar() {
    assertEquals(new Expr.Const("value # not a comment|a,b| |$x"), defaultOf("RAW"));
  }

  @Test
  void shellResultsComeFromTheProfile() {
    assertTrue(tree.symbols().containsKey("TOOL_word"));
    assertEquals(new Expr.Const("y"), defaultOf("TOOL_word"));
    assertTrue(tree.unknownShellSymbols().contains("UNKNOWN_TOOL"));
    assertEquals(List.of("UNKNOWN_TOOL"), List.copyOf(tree.unknownShellSymbols()));
    assertEquals(new Expr.Const("n"), defaultOf("UNKNOWN_TOOL"), "an unknown result is n");
  }

  @Test
  void warningsInfoAndUnknownResultsAreReportedInOrder() {
    assertEquals(
        List.of(
            "Kconfig:47:11: warning: $(shell,not recorded) is not in the toolchain profile:"
                + " result unknown (expands to 'n')",
            "Kconfig:49: this is a warning",
            "some information"),
        WARNINGS);
  }
}
