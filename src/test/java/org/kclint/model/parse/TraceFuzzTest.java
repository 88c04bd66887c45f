package org.kclint.model.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.kclint.model.Replayer;
import org.kclint.model.Trace;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the trace reader (text and JSON) against the shipped scenarios and replays every trace
 * that reads, as {@code kclint replay} does. Seeds and regressions:
 * testdata/fuzz/org/kclint/model/parse/TraceFuzzTestInputs/fuzzTrace.
 */
class TraceFuzzTest {
  private static final ScenarioLibrary LIBRARY = ScenarioLibrary.shipped();

  static {
    FuzzChecks.warmUp(
        TraceFuzzTest.class, "fuzzTrace", input -> new TraceFuzzTest().fuzzTrace(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzTrace(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzChecks.onlyInputErrors(
        () -> {
          Trace trace = new TraceReader(LIBRARY).read("fuzz.trace", text);
          Replayer.replay(LIBRARY.find(trace.scenario()).orElseThrow(), trace);
        });
  }
}
