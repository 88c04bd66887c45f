package org.kclint.board;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.kclint.board.parse.DtsReader;
import org.kclint.testing.FuzzChecks;

/**
 * Fuzzes the board facts override file from bytes, as {@code --board-facts} reads it, applied both
 * alone and over the facts of a real board (testdata/board/facts/arm11mp.dts). Seeds and
 * regressions: testdata/fuzz/org/kclint/board/FactsFuzzTestInputs/fuzzFacts.
 */
class FactsFuzzTest {
  private static final BoardFacts BOARD =
      BoardFacts.of(
          TreeFacts.of(
              new DtsReader(List.of())
                  .read(FuzzChecks.projectFile("testdata/board/facts/arm11mp.dts"))),
          CpuDatabase.bundled(),
          SocDatabase.bundled());

  static {
    FuzzChecks.warmUp(
        FactsFuzzTest.class, "fuzzFacts", input -> new FactsFuzzTest().fuzzFacts(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzFacts(byte[] input) {
    FuzzChecks.onlyInputErrors(
        () -> {
          FactOverrides overrides = FactOverrides.parse("fuzz.facts", input);
          BoardFacts.unknown().with(overrides).known();
          BOARD.with(overrides).known();
        });
  }
}
