package org.kclint.kconfig.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the whole Kconfig front end (lexer, macro preprocessor, parser, model builder) with the
 * fuzzed bytes as the top file of a small tree that also holds a sourceable {@code sub/Kconfig}.
 * Seeds and regressions: testdata/fuzz/org/kclint/kconfig/parse/KconfigFuzzTestInputs/fuzzKconfig.
 */
class KconfigFuzzTest {
  private static final Path TREE = tree();

  static {
    FuzzChecks.warmUp(
        KconfigFuzzTest.class, "fuzzKconfig", input -> new KconfigFuzzTest().fuzzKconfig(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzKconfig(byte[] input) {
    try {
      Files.write(TREE.resolve(KconfigReader.TOP_FILE), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FuzzChecks.onlyInputErrors(() -> KconfigReader.read(KconfigOptions.of(TREE, "arm")));
  }

  private static Path tree() {
    Path root = FuzzChecks.scratchDirectory("kclint-fuzz-kconfig");
    try {
      Files.createDirectories(root.resolve("sub"));
      Files.writeString(
          root.resolve("sub/Kconfig"),
          "config SUB\n\tbool \"sub\"\n\tdepends on $(ARCH_DEP)\n\tdefault y if A\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }
}
