package org.kclint.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared corpus and references are: system property {@code kclint.shared}, else
 * environment variable {@code KCLINT_SHARED}, else {@code ../shared}. Tests that need it call
 * {@link #root()}: without the corpus they are skipped with a visible reason, unless {@code
 * KCLINT_REQUIRE_CORPUS=1} (as .ci/run sets), where a missing corpus fails them.
 */
public final class Corpus {
  private Corpus() {}

  public static Path root() {
    String configured = System.getProperty("kclint.shared");
    if (configured == null || configured.isEmpty()) {
      configured = System.getenv("KCLINT_SHARED");
    }
    Path root = Path.of(configured == null || configured.isEmpty() ? "../shared" : configured);
    boolean present = Files.isDirectory(root.resolve("corpus/linux-6.1"));
    if (!present && "1".equals(System.getenv("KCLINT_REQUIRE_CORPUS"))) {
      throw new AssertionError("corpus required but not found at " + root.toAbsolutePath());
    }
    if (!present) {
      System.err.println("SKIPPED corpus test: no corpus at " + root.toAbsolutePath());
    }
    assumeTrue(present, "corpus not found at " + root.toAbsolutePath() + " (set KCLINT_SHARED)");
    return root;
  }

  public static Path linux() {
    return root().resolve("corpus/linux-6.1");
  }

  public static Path reference() {
    return root().resolve("reference");
  }

  public static Path armToolchain() {
    return root().resolve("corpus/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv");
  }
}
