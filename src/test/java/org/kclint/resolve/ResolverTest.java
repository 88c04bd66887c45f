package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kclint.resolve.Trees.and;
import static org.kclint.resolve.Trees.c;
import static org.kclint.resolve.Trees.choice;
import static org.kclint.resolve.Trees.config;
import static org.kclint.resolve.Trees.ifBlock;
import static org.kclint.resolve.Trees.menu;
import static org.kclint.resolve.Trees.sym;
import static org.kclint.resolve.Trees.tree;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.SymbolType;

/** conf's semantics, rule by rule, on small trees built from the model records. */
class ResolverTest {
  private static final String HEAD = "#\n# Automatically generated file; DO NOT EDIT.\n# Test\n#\n";

  private static Resolution run(KconfigTree tree, Resolver.Mode mode, String input) {
    return Resolver.of(tree).resolve(DotConfigReader.parse(".config", input), mode);
  }

  private static String out(KconfigTree tree, Resolver.Mode mode, String input) {
    return DotConfigWriter.write(run(tree, mode, input).output());
  }

  private static Trees.Entry modules() {
    return config("MODULES", SymbolType.BOOL, "Enable modules").modules();
  }

  @Test
  void tristateKeepsModuleWithModulesAndDependencyMet() {
    KconfigTree t =
        tree(
            "Test",
            modules(),
            config("FOO", SymbolType.BOOL, "foo").def(c("y")),
            config("BAR", SymbolType.TRISTATE, "bar").depends(sym("FOO")));
    assertEquals(
        HEAD + "CONFIG_MODULES=y\nCONFIG_FOO=y\nCONFIG_BAR=m\n",
        out(t, Resolver.Mode.OLDDEFCONFIG, "CONFIG_MODULES=y\nCONFIG_BAR=m\n"));
  }

  /**
   * yes2modconfig, mod2yesconfig, mod2noconfig rewrite the input's tristate answers
   * (conf_rewrite_tristates(), conf.c:304-315), not a bool's, and none without modules, where
   * sym_get_type() reads a tristate as bool. Expectations as the 6.1 conf wrote them for this tree.
   */
  @Test
  void rewriteModesChangeTristateAnswersOnlyWithModules() {
    KconfigTree t =
        tree(
            "Test",
            modules(),
            config("A", SymbolType.TRISTATE, "a"),
            config("B", SymbolType.TRISTATE, "b"),
            config("C", SymbolType.BOOL, "c"));
    String withModules = "CONFIG_MODULES=y\nCONFIG_A=y\nCONFIG_B=m\nCONFIG_C=y\n";
    String without = "# CONFIG_MODULES is not set\nCONFIG_A=y\nCONFIG_B=m\n";
    String builtIn =
        HEAD + "# CONFIG_MODULES is not set\nCONFIG_A=y\nCONFIG_B=y\n# CONFIG_C is not set\n";
    assertEquals(
        HEAD + "CONFIG_MODULES=y\nCONFIG_A=m\nCONFIG_B=m\nCONFIG_C=y\n",
        out(t, Resolver.Mode.YES2MODCONFIG, withModules));
    assertEquals(
        HEAD + "CONFIG_MODULES=y\nCONFIG_A=y\nCONFIG_B=y\nCONFIG_C=y\n",
        out(t, Resolver.Mode.MOD2YESCONFIG, withModules));
    assertEquals(
        HEAD + "CONFIG_MODULES=y\nCONFIG_A=y\n# CONFIG_B is not set\nCONFIG_C=y\n",
        out(t, Resolver.Mode.MOD2NOCONFIG, withModules));
    for (Resolver.Mode mode :
        List.of(
            Resolver.Mode.YES2MODCONFIG, Resolver.Mode.MOD2YESCONFIG, Resolver.Mode.MOD2NOCONFIG)) {
      assertEquals(builtIn, out(t, mode, without), mode.confName());
    }
  }

  @Test
  void moduleBecomesBuiltInWithoutModules() {
    KconfigTree t = tree("Test", modules(), config("BAR", SymbolType.TRISTATE, "bar"));
    assertEquals(
        HEAD + "# CONFIG_MODULES is not set\nCONFIG_BAR=y\n",
        out(t, Resolver.Mode.OLDDEFCONFIG, "CONFIG_BAR=m\n"));
  }

  @Test
  void unmetDependencyIsDroppedUnlessSelected() {
    KconfigTree t =
        tree(
            "Test",
            config("B", SymbolType.BOOL, "b"),
            config("A", SymbolType.BOOL, "a").depends(sym("B")),
            config("C", SymbolType.BOOL, "c").def(c("y")).select("A"),
            config("D", SymbolType.BOOL, "d").depends(sym("B")));
    Resolution r =
        run(t, Resolver.Mode.OLDDEFCONFIG, "# CONFIG_B is not set\nCONFIG_A=y\nCONFIG_D=y\n");
    assertEquals(
        HEAD + "# CONFIG_B is not set\nCONFIG_A=y\nCONFIG_C=y\n",
        DotConfigWriter.write(r.output()));
    List<ConfMessage> unmet =
        r.messages().stream().filter(m -> m.kind() == ConfMessage.Kind.UNMET_DEPENDENCY).toList();
    assertEquals("A", unmet.get(0).symbol());
    assertEquals(
        "WARNING: unmet direct dependencies detected for A\n"
            + "  Depends on [n]: B [=n]\n"
            + "  Selected by [y]:\n"
            + "  - C [=y]\n",
        unmet.get(0).text());
  }

  @Test
  void menusGetHeadingsAndEndLines() {
    KconfigTree t =
        tree(
            "Test",
            menu("Drivers").add(config("FOO", SymbolType.BOOL, "foo").def(c("y"))),
            menu("Hidden").depends(sym("FOO2")).add(config("X", SymbolType.BOOL, "x")),
            config("BAZ", SymbolType.BOOL, "baz").def(c("y")));
    assertEquals(
        HEAD + "\n#\n# Drivers\n#\nCONFIG_FOO=y\n# end of Drivers\n\nCONFIG_BAZ=y\n",
        out(t, Resolver.Mode.OLDDEFCONFIG, ""));
  }

  @Test
  void choiceTakesItsDefaultInDefconfigMode() {
    KconfigTree t =
        tree(
            "Test",
            choice("pick")
                .type(SymbolType.BOOL)
                .def(sym("B"))
                .add(config("A", SymbolType.BOOL, "a"), config("B", SymbolType.BOOL, "b")));
    assertEquals(HEAD + "# CONFIG_A is not set\nCONFIG_B=y\n", out(t, Resolver.Mode.DEFCONFIG, ""));
    assertEquals(
        HEAD + "CONFIG_A=y\n# CONFIG_B is not set\n",
        out(t, Resolver.Mode.DEFCONFIG, "CONFIG_A=y\n"));
  }

  @Test
  void secondYesInAChoiceOverridesTheFirst() {
    KconfigTree t =
        tree(
            "Test",
            choice("pick")
                .add(config("A", SymbolType.BOOL, "a"), config("B", SymbolType.BOOL, "b")));
    Resolution r = run(t, Resolver.Mode.OLDDEFCONFIG, "CONFIG_A=y\nCONFIG_B=y\n");
    assertEquals(HEAD + "# CONFIG_A is not set\nCONFIG_B=y\n", DotConfigWriter.write(r.output()));
    assertEquals(ConfMessage.Kind.CHOICE_OVERRIDE, r.messages().get(0).kind());
    assertEquals(".config:2:1", r.messages().get(0).position().orElseThrow().toString());
  }

  @Test
  void outOfRangeAndInvalidNumbersFallBackToTheDefault() {
    KconfigTree t =
        tree(
            "Test",
            config("N", SymbolType.INT, "n").range(sym("1"), sym("10")).def(sym("5")),
            config("H", SymbolType.HEX, "h").def(sym("0x10")));
    Resolution r = run(t, Resolver.Mode.OLDDEFCONFIG, "CONFIG_N=20\nCONFIG_H=zz\n");
    assertEquals(HEAD + "CONFIG_N=5\nCONFIG_H=0x10\n", DotConfigWriter.write(r.output()));
    assertEquals("symbol value 'zz' invalid for H", r.messages().get(0).text());
  }

  @Test
  void duplicateAssignmentWarnsAndTheLaterWins() {
    KconfigTree t = tree("Test", config("S", SymbolType.STRING, "s"));
    Resolution r = run(t, Resolver.Mode.OLDDEFCONFIG, "CONFIG_S=\"a\"\nCONFIG_S=\"b\\\"c\"\n");
    assertEquals(HEAD + "CONFIG_S=\"b\\\"c\"\n", DotConfigWriter.write(r.output()));
    assertEquals("override: reassigning to symbol S", r.messages().get(0).text());
  }

  @Test
  void implyRaisesTheDefaultButNotAUserValue() {
    KconfigTree t =
        tree(
            "Test",
            modules(),
            config("A", SymbolType.TRISTATE, "a").imply("B").imply("C"),
            config("B", SymbolType.TRISTATE, "b"),
            config("C", SymbolType.TRISTATE, "c"));
    assertEquals(
        HEAD + "CONFIG_MODULES=y\nCONFIG_A=y\nCONFIG_B=y\n# CONFIG_C is not set\n",
        out(
            t,
            Resolver.Mode.OLDDEFCONFIG,
            "CONFIG_MODULES=y\nCONFIG_A=y\n# CONFIG_C is not set\n"));
  }

  @Test
  void ifBlocksAndPromptlessSymbolsAddDependencies() {
    KconfigTree t =
        tree(
            "Test",
            config("E", SymbolType.BOOL, "e"),
            ifBlock(sym("E"))
                .add(
                    config("F", SymbolType.BOOL, null).def(c("y")),
                    config("G", SymbolType.BOOL, "g").def(sym("F"))),
            config("H", SymbolType.STRING, null).def(c("x"), and(sym("E"), sym("F"))));
    assertEquals(HEAD + "# CONFIG_E is not set\n", out(t, Resolver.Mode.OLDDEFCONFIG, ""));
    assertEquals(
        HEAD + "CONFIG_E=y\nCONFIG_F=y\nCONFIG_G=y\nCONFIG_H=\"x\"\n",
        out(t, Resolver.Mode.OLDDEFCONFIG, "CONFIG_E=y\n"));
  }
}
