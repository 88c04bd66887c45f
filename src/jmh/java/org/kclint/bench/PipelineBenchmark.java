package org.kclint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.kclint.check.BoardSource;
import org.kclint.check.CheckRequest;
import org.kclint.check.CheckSession;
import org.kclint.check.CheckedConfig;
import org.kclint.check.ConfigSource;
import org.kclint.check.KconfigSource;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.ParameterSpace;
import org.kclint.model.Scenario;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages SPEC §7 puts floors on, measured warm in one JVM: reading the arm Kconfig tree,
 * resolving one config against the parsed tree (the per-config cost of a sweep), and exploring
 * every shipped scenario exhaustively for 1 to 4 CPUs; and the check core's cost of one config once
 * its session holds the tree, the rules and the board (what an editor pays per edit). Whole-process
 * figures against the kernel's conf come from the scripts beside this file's runner (bench/*.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  private KconfigTree tree;
  private Resolver resolver;
  private DotConfig armmp;
  private ScenarioLibrary scenarios;
  private byte[] armmpBytes;
  private CheckSession session;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    tree = ArmKconfig.tree();
    resolver = Resolver.of(tree);
    Path in = Corpus.reference().resolve("arm/debian/config.armhf_none_armmp.in.gz");
    try (var stream = new GZIPInputStream(Files.newInputStream(in))) {
      armmpBytes = stream.readAllBytes();
    }
    armmp = DotConfigReader.parse(in.getFileName().toString(), armmpBytes);
    Path linux = Corpus.linux();
    Path dts = linux.resolve("arch/arm/boot/dts");
    session =
        CheckSession.open(
            CheckRequest.defaults()
                .withTree(
                    KconfigSource.of(linux, "arm")
                        .withToolchain(Corpus.armToolchain())
                        .withEnv(ArmKconfig.ENVIRONMENT))
                .withBoard(
                    BoardSource.dts(
                        dts.resolve("am335x-boneblack.dts"),
                        List.of(
                            linux.resolve("include"),
                            dts,
                            linux.resolve("scripts/dtc/include-prefixes")))),
            warning -> {});
    scenarios = ScenarioLibrary.shipped();
  }

  @Benchmark
  public KconfigTree parseArmTree() {
    return KconfigReader.read(ArmKconfig.options());
  }

  @Benchmark
  public Resolution resolveArmmp() {
    return resolver.resolve(armmp, Resolver.Mode.OLDDEFCONFIG);
  }

  @Benchmark
  public CheckedConfig checkArmmpOnBoneBlack() {
    return session.check(ConfigSource.text("armmp.config", armmpBytes));
  }

  @Benchmark
  public void exploreEveryScenarioUpTo4Cpus(Blackhole sink) {
    for (Scenario scenario : scenarios.all()) {
      for (var parameters : ParameterSpace.of(scenario, 1, 4)) {
        Exploration result = Explorer.explore(scenario, parameters, ExplorationLimits.DEFAULT);
        sink.consume(result);
      }
    }
  }
}
