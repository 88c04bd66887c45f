package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.kconfig.KconfigTree;
import org.kclint.testing.Corpus;

/**
 * Every architecture of the corpus parses without a toolchain profile: macros that need a toolchain
 * are warnings with unknown results, never errors.
 */
class AllArchesCorpusTest {

  static Stream<String> arches() throws IOException {
    try (Stream<Path> dirs = Files.list(Corpus.linux().resolve("arch"))) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("arches")
  void parsesHermetically(String arch) {
    List<String> warnings = new ArrayList<>();
    // User-mode Linux sources its host architecture's files through HEADER_ARCH (arch/um/Makefile).
    Map<String, String> environment =
        arch.equals("um") ? Map.of("HEADER_ARCH", "x86", "SUBARCH", "x86_64") : Map.of();
    KconfigTree tree =
        KconfigReader.read(
            KconfigOptions.of(Corpus.linux(), arch)
                .withEnvironment(environment)
                .withWarnings(warnings::add));

    assertTrue(tree.symbols().size() > 15000, arch + ": " + tree.symbols().size() + " symbols");
    assertTrue(tree.files().contains("arch/" + arch + "/Kconfig"));
    assertTrue(
        warnings.stream().allMatch(w -> w.contains("not in the toolchain profile")),
        () ->
            arch + ": " + warnings.stream().filter(w -> !w.contains("toolchain profile")).toList());
    assertTrue(!tree.unknownShellSymbols().isEmpty());
  }
}
