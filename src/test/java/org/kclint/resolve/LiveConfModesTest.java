package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;
import org.kclint.testing.KernelConf;

/**
 * The conf modes against the kernel's conf itself, run live where bench/conf-baseline.sh has built
 * it (skipped with a message where not): seeds and probabilities the references do not hold, the
 * KCONFIG_ALLCONFIG fallbacks and failures, helpnewconfig, savedefconfig and the yes2mod, mod2yes
 * and mod2no rewrites of a Debian config. Each case compares the written file, stdout, stderr and
 * the exit status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveConfModesTest {
  private Resolver resolver;

  @BeforeAll
  void readTree() {
    KernelConf.assumeInstalled();
    resolver = Resolver.of(ArmKconfig.tree());
  }

  static Stream<Arguments> cases() {
    String allConfig =
        "CONFIG_ARCH_MULTI_V7=y\nCONFIG_SMP=n\nCONFIG_NR_CPUS=abc\nCONFIG_NFS_FS=m\n";
    String perturbed7 = text(ArmKconfig.references("perturbed").resolve("7.in.gz"));
    String debian = firstDebianInput();
    return Stream.of(
        Arguments.of("randconfig", Map.of("KCONFIG_SEED", "7"), Map.of()),
        Arguments.of(
            "randconfig",
            Map.of("KCONFIG_SEED", "0x8", "KCONFIG_PROBABILITY", "10:20:30"),
            Map.of()),
        Arguments.of(
            "randconfig", Map.of("KCONFIG_SEED", "9", "KCONFIG_PROBABILITY", "200"), Map.of()),
        Arguments.of(
            "allmodconfig", Map.of("KCONFIG_ALLCONFIG", "1"), Map.of("all.config", allConfig)),
        Arguments.of(
            "allyesconfig",
            Map.of("KCONFIG_ALLCONFIG", ""),
            Map.of("allyes.config", allConfig, "all.config", "CONFIG_SMP=y\n")),
        Arguments.of("allnoconfig", Map.of("KCONFIG_ALLCONFIG", "missing.config"), Map.of()),
        Arguments.of("alldefconfig", Map.of("KCONFIG_ALLCONFIG", "1"), Map.of()),
        Arguments.of("helpnewconfig", Map.of(), Map.of(".config", perturbed7)),
        Arguments.of("savedefconfig", Map.of(), Map.of(".config", debian)),
        Arguments.of("yes2modconfig", Map.of(), Map.of(".config", debian)),
        Arguments.of("mod2yesconfig", Map.of(), Map.of(".config", debian)),
        Arguments.of("mod2noconfig", Map.of(), Map.of(".config", debian)),
        Arguments.of("mod2noconfig", Map.of(), Map.of(".config", allConfig)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void sameAsConf(String modeName, Map<String, String> env, Map<String, String> files)
      throws IOException {
    Resolver.Mode mode = Resolver.Mode.valueOf(modeName.toUpperCase(java.util.Locale.ROOT));
    Map<String, String> confEnv = new HashMap<>(KernelConf.armEnvironment());
    confEnv.putAll(env);
    String written = mode == Resolver.Mode.SAVEDEFCONFIG ? "defconfig" : ".config";
    String option =
        mode == Resolver.Mode.SAVEDEFCONFIG ? "--savedefconfig=defconfig" : "--" + modeName;
    KernelConf.Run conf =
        KernelConf.conf(
            List.of("-s", option),
            Path.of(confEnv.get("srctree")).resolve("Kconfig"),
            files,
            confEnv,
            written);

    Path dir = Files.createTempDirectory("kclint-modes");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.ISO_8859_1);
    }
    RandomSettings random = RandomSettings.fromEnvironment(env, 0);
    StringBuilder stdout = new StringBuilder();
    StringBuilder stderr = new StringBuilder();
    int status;
    String file = null;
    if (mode == Resolver.Mode.RANDCONFIG) {
      stdout.append(random.seedLine());
    }
    try {
      Optional<DotConfig> input =
          mode.readsConfig()
              ? Optional.of(DotConfigReader.parse(".config", files.get(".config")))
              : AllConfig.read(mode, env, dir, Corpus.linux());
      Resolution r = resolver.resolve(input, mode, random);
      r.messages().forEach(m -> stderr.append(m.printed()));
      stdout.append(r.stdout());
      status = r.exitStatus();
      if (status == 0 && mode != Resolver.Mode.HELPNEWCONFIG) {
        file =
            mode == Resolver.Mode.SAVEDEFCONFIG
                ? DotConfigWriter.writeValues(r.output())
                : DotConfigWriter.write(r.output());
      }
    } catch (ConfExit e) {
      stderr.append(e.stderr());
      status = e.status();
    }
    assertEquals(conf.status(), status, "exit status");
    assertEquals(conf.stderr(), stderr.toString(), "stderr");
    assertEquals(conf.stdout(), stdout.toString(), "stdout");
    if (mode != Resolver.Mode.HELPNEWCONFIG) {
      assertEquals(conf.written(), file, "written file");
    }
  }

  private static String firstDebianInput() {
    try (Stream<Path> files = Files.list(ArmKconfig.references("debian"))) {
      Path first =
          files.filter(p -> p.toString().endsWith(".in.gz")).sorted().findFirst().orElseThrow();
      return text(first);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    return new String(ArmKconfig.read(file), StandardCharsets.ISO_8859_1);
  }
}
