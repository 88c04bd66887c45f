package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/**
 * The backbone: for every case of reference/arm, our resolve output must equal what the kernel's
 * conf wrote, byte for byte, with the tree read from its files and with the tree read back from a
 * cache entry. Each tree is read and finalized once for all cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfReferenceTest {
  private Resolver resolver;
  private Resolver cachedResolver;

  @BeforeAll
  void readTree() {
    resolver = Resolver.of(ArmKconfig.tree());
    cachedResolver = Resolver.of(ArmKconfig.cachedTree());
  }

  static Stream<String> defconfigs() throws IOException {
    return cases("defconfig", ".out.gz");
  }

  static Stream<String> debian() throws IOException {
    return cases("debian", ".in.gz");
  }

  static Stream<String> perturbed() throws IOException {
    return cases("perturbed", ".in.gz");
  }

  private static Stream<String> cases(String kind, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(ArmKconfig.references(kind))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "defconfig {0}")
  @MethodSource("defconfigs")
  void defconfigMatchesConf(String name) {
    String file = "arch/arm/configs/" + name;
    DotConfig input = DotConfigReader.parse(file, ArmKconfig.read(Corpus.linux().resolve(file)));
    assertSameAsConf("defconfig", name, input, Resolver.Mode.DEFCONFIG);
  }

  @ParameterizedTest(name = "debian {0}")
  @MethodSource("debian")
  void debianMatchesConf(String name) {
    assertSameAsConf("debian", name, olddefconfigInput("debian", name), Resolver.Mode.OLDDEFCONFIG);
  }

  @ParameterizedTest(name = "perturbed {0}")
  @MethodSource("perturbed")
  void perturbedMatchesConf(String name) {
    assertSameAsConf(
        "perturbed", name, olddefconfigInput("perturbed", name), Resolver.Mode.OLDDEFCONFIG);
  }

  static DotConfig olddefconfigInput(String kind, String name) {
    return DotConfigReader.parse(
        ".config", ArmKconfig.read(ArmKconfig.references(kind).resolve(name + ".in.gz")));
  }

  private void assertSameAsConf(String kind, String name, DotConfig input, Resolver.Mode mode) {
    String expected =
        new String(
            ArmKconfig.read(ArmKconfig.references(kind).resolve(name + ".out.gz")),
            StandardCharsets.UTF_8);
    String actual = DotConfigWriter.write(resolver.resolve(input, mode).output());
    assertEquals(expected, actual, kind + "/" + name);
    String cached = DotConfigWriter.write(cachedResolver.resolve(input, mode).output());
    assertEquals(expected, cached, kind + "/" + name + " with the cached tree");
  }
}
