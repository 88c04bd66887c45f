package org.kclint.resolve;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the resolver: fuzzed .config files resolved against the small tree in
 * testdata/robust/tree, as olddefconfig or (first byte odd) defconfig, and the result written back.
 * Seeds and regressions: testdata/fuzz/org/kclint/resolve/ResolveFuzzTestInputs/fuzzResolve.
 */
class ResolveFuzzTest {
  private static final Resolver RESOLVER =
      Resolver.of(
          KconfigReader.read(
              KconfigOptions.of(FuzzChecks.projectFile("testdata/robust/tree"), "arm")));

  static {
    FuzzChecks.warmUp(
        ResolveFuzzTest.class, "fuzzResolve", input -> new ResolveFuzzTest().fuzzResolve(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzResolve(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Resolver.Mode mode = (input[0] & 1) == 0 ? Resolver.Mode.OLDDEFCONFIG : Resolver.Mode.DEFCONFIG;
    FuzzChecks.onlyInputErrors(
        () -> {
          DotConfig config =
              DotConfigReader.parse("fuzz.config", Arrays.copyOfRange(input, 1, input.length));
          DotConfigWriter.write(RESOLVER.resolve(config, mode).output());
        });
  }
}
