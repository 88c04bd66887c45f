package org.kclint.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the .config reader from bytes, as {@code resolve} and {@code check} read them. Seeds and
 * regressions: testdata/fuzz/org/kclint/config/ConfigFuzzTestInputs/fuzzConfig.
 */
class ConfigFuzzTest {
  static {
    FuzzChecks.warmUp(
        ConfigFuzzTest.class, "fuzzConfig", input -> new ConfigFuzzTest().fuzzConfig(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzConfig(byte[] input) {
    FuzzChecks.onlyInputErrors(() -> DotConfigReader.parse("fuzz.config", input));
  }
}
