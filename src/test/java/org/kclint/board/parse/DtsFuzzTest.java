package org.kclint.board.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.kclint.board.BoardFacts;
import org.kclint.board.CpuDatabase;
import org.kclint.board.SocDatabase;
import org.kclint.board.TreeFacts;
import org.kclint.testing.FuzzChecks;
import org.kclint.testing.TestTrees;

/**
 * Fuzzes the device tree reader with its preprocessor: a board folder and an include folder ({@code
 * -I}) in a scratch directory. The fuzzed bytes are cut at each line {@code @@} into the board
 * ({@code board.dts}) and the files it may include: {@code a.dtsi} beside it, and {@code
 * inc/b.dtsi} and {@code inc/c.h} in the include folder, which also holds testdata/board/ include
 * (so {@code #include <test-bindings.h>} and {@code /include/ "sub/..."} resolve). The facts the
 * rules read are derived too. Seeds and regressions:
 * testdata/fuzz/org/kclint/board/parse/DtsFuzzTestInputs/fuzzDts.
 */
class DtsFuzzTest {
  private static final byte[] CUT = "\n@@\n".getBytes(StandardCharsets.US_ASCII);
  private static final Path ROOT = FuzzChecks.scratchDirectory("kclint-fuzz-dts");
  private static final Path INCLUDE = ROOT.resolve("inc");
  private static final CpuDatabase CPUS = CpuDatabase.bundled();
  private static final SocDatabase SOCS = SocDatabase.bundled();
  private static final List<Path> FILES =
      List.of(
          ROOT.resolve("board.dts"),
          ROOT.resolve("a.dtsi"),
          INCLUDE.resolve("b.dtsi"),
          INCLUDE.resolve("c.h"));

  static {
    TestTrees.copy(FuzzChecks.projectFile("testdata/board/include"), INCLUDE);
    FuzzChecks.warmUp(DtsFuzzTest.class, "fuzzDts", input -> new DtsFuzzTest().fuzzDts(input));
  }

  @FuzzTest(maxDuration = "10m")
  void fuzzDts(byte[] input) {
    int from = 0;
    try {
      for (int i = 0; i < FILES.size(); i++) {
        int cut = i == FILES.size() - 1 ? -1 : indexOf(input, CUT, from);
        int end = cut < 0 ? input.length : cut;
        Files.write(FILES.get(i), Arrays.copyOfRange(input, Math.min(from, end), end));
        from = cut < 0 ? input.length : cut + CUT.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FuzzChecks.onlyInputErrors(
        () ->
            BoardFacts.of(
                TreeFacts.of(new DtsReader(List.of(INCLUDE)).read(FILES.get(0))), CPUS, SOCS));
  }

  private static int indexOf(byte[] data, byte[] part, int from) {
    outer:
    for (int i = from; i <= data.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
