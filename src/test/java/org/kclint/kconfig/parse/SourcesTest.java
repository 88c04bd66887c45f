package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.kconfig.KconfigTree;

/**
 * testdata/kconfig/sources: source, in the order written. Globs are not 6.1's (see
 * testdata/kconfig/diagnostics/source-glob), nor are rsource, osource and orsource (see
 * testdata/kconfig/diagnostics/kconfiglib-sources).
 */
class SourcesTest {

  @Test
  void sourcedFilesAreReadInPlaceInTheOrderWritten() {
    KconfigTree tree = TestTrees.read("sources");

    assertEquals(
        List.of(
            "Kconfig",
            "sub/Kconfig",
            "sub/Kconfig.more",
            "drivers/b/Kconfig",
            "drivers/a/Kconfig",
            "drivers/c/Kconfig"),
        tree.files());
    assertEquals(
        List.of("SUB", "MORE", "DRIVER_B", "DRIVER_A", "DRIVER_C"),
        List.copyOf(tree.symbols().keySet()));
    assertEquals(
        "drivers/b/Kconfig",
        tree.symbol("DRIVER_B").orElseThrow().definitions().get(0).position().file());
  }
}
