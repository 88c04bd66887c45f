package org.kclint.board.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.board.DtbTargets;
import org.kclint.diag.InputException;

/** Which device trees a tree's Makefiles build, and under which symbol. */
class DtbMakefileReaderTest {
  private static final Path DTS = Path.of("testdata/board/built/arch/arm/boot/dts");

  @Test
  void listsEveryTargetWithItsSymbolAndLine() {
    List<String> seen =
        DtbMakefileReader.read(DTS).targets().stream()
            .map(
                t -> t.symbol().orElse("y") + " " + DTS.relativize(t.source()) + " " + t.position())
            .toList();
    assertEquals(
        List.of(
            "ARCH_MPCORE mpcore-quad.dts " + DTS.resolve("Makefile") + ":2:1",
            "ARCH_MPCORE mpcore-dual.dts " + DTS.resolve("Makefile") + ":2:1",
            "ARCH_SINGLE single.dts " + DTS.resolve("Makefile") + ":5:1",
            "ARCH_MODULAR modular.dts " + DTS.resolve("Makefile") + ":6:1",
            // dtb-y of a folder that subdir-$(CONFIG_ARCH_VENDOR) enters is built only with it
            "ARCH_VENDOR vendor/vendor-board.dts " + DTS.resolve("vendor/Makefile") + ":1:1"),
        seen);
  }

  @Test
  void buildsOnlyTheListsOfBuiltInSymbols() {
    DtbTargets targets = DtbMakefileReader.read(DTS);
    assertEquals(
        List.of(DTS.resolve("single.dts")),
        targets.builtBy(Set.of("ARCH_SINGLE")::contains).stream()
            .map(DtbTargets.Target::source)
            .toList());
    assertEquals(List.of(), targets.builtBy(s -> false));
  }

  @Test
  void aBoardListedTwiceIsBuiltOnce(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Makefile"),
        "dtb-$(CONFIG_A) += b.dtb\ndtb-$(CONFIG_B) += b.dtb o.dtbo\ndtb-y += c.dtb\n");
    List<DtbTargets.Target> built = DtbMakefileReader.read(dir).builtBy(s -> true);
    assertEquals(
        List.of(dir.resolve("b.dts"), dir.resolve("c.dts")),
        built.stream().map(DtbTargets.Target::source).toList());
    assertEquals(Optional.of("A"), built.get(0).symbol());
    assertEquals(Optional.empty(), built.get(1).symbol());
  }

  @Test
  void refusesWhatWouldChangeTheListsUnseen(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Makefile"), "dtb-y += a.dtb\n\nifeq ($(CONFIG_X),y)\ndtb-y += b.dtb\nendif\n");
    InputException e = assertThrows(InputException.class, () -> DtbMakefileReader.read(dir));
    assertEquals(dir.resolve("Makefile") + ":3:1", e.position().toString());
  }

  @Test
  void refusesAVariableInAList(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Makefile"), "dtb-$(CONFIG_A) += \\\n\ta.dtb \\\n\t$(BOARDS)\n");
    InputException e = assertThrows(InputException.class, () -> DtbMakefileReader.read(dir));
    assertEquals(dir.resolve("Makefile") + ":1:1", e.position().toString());
  }

  @Test
  void aMissingMakefileIsAPositionedError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Makefile"), "subdir-y += gone\n");
    InputException e = assertThrows(InputException.class, () -> DtbMakefileReader.read(dir));
    // The file as a whole is missing: no line of it is to blame.
    assertEquals(dir.resolve("gone/Makefile").toString(), e.position().toString());
  }

  /** A board that is a link out of the tree would be read, and shown, from anywhere. */
  @Test
  void aBoardOrFolderLeadingOutOfTheTreeIsRefused(@TempDir Path dir) throws IOException {
    Path tree = Files.createDirectories(dir.resolve("dts"));
    Files.writeString(dir.resolve("secret.dts"), "/dts-v1/;\n/ { };\n");
    Files.createSymbolicLink(tree.resolve("b.dts"), Path.of("../secret.dts"));
    Files.writeString(tree.resolve("Makefile"), "dtb-y += b.dtb\n");
    InputException board = assertThrows(InputException.class, () -> DtbMakefileReader.read(tree));
    assertEquals(
        tree.resolve("Makefile")
            + ":1:1: error: refusing to read \"b.dtb\": outside the device tree folder",
        board.diagnostic());
    Files.writeString(tree.resolve("Makefile"), "subdir-y += ..\n");
    InputException up = assertThrows(InputException.class, () -> DtbMakefileReader.read(tree));
    assertEquals(
        tree.resolve("Makefile")
            + ":1:1: error: refusing to read \"..\": outside the device tree folder",
        up.diagnostic());
  }
}
