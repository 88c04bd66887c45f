package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/**
 * Every case of reference/arm/modes (its README): the conf modes beyond olddefconfig and defconfig
 * must give conf's written file, stdout, stderr and exit status byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModesReferenceTest {
  private Resolver resolver;

  @BeforeAll
  void readTree() {
    resolver = Resolver.of(tree());
  }

  /** The tree the cases run on: read from its files here, from a cache entry in a subclass. */
  KconfigTree tree() {
    return ArmKconfig.tree();
  }

  private static Path modes(String kind) {
    return ArmKconfig.references("modes").resolve(kind);
  }

  static Stream<String> cases(String kind, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(modes(kind))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> all() throws IOException {
    return cases("all", ".out.gz");
  }

  static Stream<String> allconfig() throws IOException {
    return cases("allconfig", ".c.out.gz");
  }

  static Stream<String> savedefconfig() throws IOException {
    return cases("savedefconfig", ".out.gz");
  }

  static Stream<String> randconfig() throws IOException {
    return cases("randconfig", ".out.gz");
  }

  static Stream<String> listnewconfig() throws IOException {
    return cases("listnewconfig", ".out.gz");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void allModesMatchConf(String mode) {
    Resolution r =
        resolver.resolve(Optional.empty(), mode(mode), RandomSettings.fromEnvironment(Map.of(), 0));
    assertSame("all/" + mode, r, DotConfigWriter.write(r.output()), "");
  }

  @ParameterizedTest(name = "{0} with KCONFIG_ALLCONFIG=c.config")
  @MethodSource("allconfig")
  void allModesWithAllConfigMatchConf(String mode) {
    Map<String, String> env = Map.of("KCONFIG_ALLCONFIG", "c.config");
    Optional<DotConfig> allConfig =
        AllConfig.read(mode(mode), env, modes("allconfig"), Corpus.linux());
    Resolution r = resolver.resolve(allConfig, mode(mode), RandomSettings.fromEnvironment(env, 0));
    assertSame("allconfig/" + mode + ".c", r, DotConfigWriter.write(r.output()), "");
  }

  @ParameterizedTest(name = "savedefconfig {0}")
  @MethodSource("savedefconfig")
  void savedefconfigMatchesConf(String name) {
    DotConfig input =
        DotConfigReader.parse(
            ".config",
            ArmKconfig.read(ArmKconfig.references("defconfig").resolve(name + ".out.gz")));
    Resolution r = resolver.resolve(input, Resolver.Mode.SAVEDEFCONFIG);
    assertSame("savedefconfig/" + name, r, DotConfigWriter.writeValues(r.output()), "");
  }

  @ParameterizedTest(name = "randconfig {0}")
  @MethodSource("randconfig")
  void randconfigMatchesConf(String name) {
    String[] parts = name.split("\\.p");
    Map<String, String> env =
        parts.length == 1
            ? Map.of("KCONFIG_SEED", parts[0])
            : Map.of("KCONFIG_SEED", parts[0], "KCONFIG_PROBABILITY", parts[1]);
    RandomSettings random = RandomSettings.fromEnvironment(env, 0);
    Resolution r = resolver.resolve(Optional.empty(), Resolver.Mode.RANDCONFIG, random);
    assertSame("randconfig/" + name, r, DotConfigWriter.write(r.output()), random.seedLine());
  }

  @ParameterizedTest(name = "listnewconfig perturbed/{0}")
  @MethodSource("listnewconfig")
  void listnewconfigMatchesConf(String name) {
    DotConfig input = ConfReferenceTest.olddefconfigInput("perturbed", name);
    Resolution r = resolver.resolve(input, Resolver.Mode.LISTNEWCONFIG);
    assertEquals(text(modes("listnewconfig").resolve(name + ".out.gz")), r.stdout(), "stdout");
    assertEquals(text(modes("listnewconfig").resolve(name + ".warn")), stderr(r), "stderr");
    assertEquals(0, r.exitStatus());
  }

  static Stream<String> recursive() throws IOException {
    return cases("recursive", ".stderr");
  }

  @ParameterizedTest(name = "recursive {0}")
  @MethodSource("recursive")
  void recursiveDependencyStopsAsConfDoes(String name) {
    Path tree = modes("recursive").resolve(name);
    Resolver looping = Resolver.of(KconfigReader.read(KconfigOptions.of(tree, "arm")));
    StringBuilder stderr = new StringBuilder();
    looping.cycles().forEach(c -> stderr.append(c.printed()));
    assertEquals(text(modes("recursive").resolve(name + ".stderr")), stderr.toString());
    int status = Integer.parseInt(text(modes("recursive").resolve(name + ".rc")).strip());
    assertEquals(status, looping.cycles().isEmpty() ? 0 : 1, "exit status");
  }

  /** The written file, stderr, stdout (with what the caller printed first) and status. */
  private static void assertSame(String name, Resolution r, String written, String printedFirst) {
    Path base = modes(name.substring(0, name.indexOf('/')));
    String stem = name.substring(name.indexOf('/') + 1);
    assertEquals(text(base.resolve(stem + ".out.gz")), written, name + ": written file");
    assertEquals(text(base.resolve(stem + ".warn")), stderr(r), name + ": stderr");
    Path stdout = base.resolve(stem + ".stdout");
    assertEquals(
        Files.exists(stdout) ? text(stdout) : "", printedFirst + r.stdout(), name + ": stdout");
    Path rc = base.resolve(stem + ".rc");
    int status = Files.exists(rc) ? Integer.parseInt(text(rc).strip()) : 0;
    assertEquals(status, r.exitStatus(), name + ": exit status");
  }

  static String stderr(Resolution r) {
    StringBuilder b = new StringBuilder();
    r.messages().forEach(m -> b.append(m.printed()));
    return b.toString();
  }

  private static Resolver.Mode mode(String confName) {
    return Resolver.Mode.valueOf(confName.toUpperCase(java.util.Locale.ROOT));
  }

  static String text(Path file) {
    return new String(ArmKconfig.read(file), StandardCharsets.UTF_8);
  }
}
