package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code kclint board}: formats, the override file, and exit codes. */
class BoardCommandTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void tsvHasTheReferenceColumns() {
    CliRun r = run("board", "--format", "tsv", "--header", "testdata/board/facts/arm11mp.dts");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "dts\tmodel\tcompatible\tcpus\tcpu_compatibles\tenable_method\taddress_cells"
            + "\tsize_cells\tmemory_reg\tstatus\n"
            + "arm11mp.dts\tTwo ARM11MPCore board\ttest,arm11mp\t2\tarm,arm11mpcore"
            + "\tarm,realview-smp\t1\t1\t70000000 10000000 90000000 8000000;20000000 4000000\tok\n",
        r.out());
  }

  @Test
  void textShowsEachFactWithItsSource() {
    CliRun r =
        run(
            "board",
            "--facts",
            "testdata/board/facts/pin.facts",
            "testdata/board/facts/arm11mp.dts");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("hwTlbBcast")
            && r.out().contains("override testdata/board/facts/pin.facts:3:1"),
        r.out());
    assertTrue(r.out().contains("unknown: core,"), r.out());
  }

  @Test
  void overridesAloneDescribeABoardWithoutDeviceTree() {
    CliRun r = run("board", "--facts", "testdata/board/facts/pin.facts");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("(no device tree)"), r.out());
  }

  @Test
  void badInputIsOneDiagnosticAndExitThree() {
    CliRun r = run("board", "-I", "testdata/board/include", "testdata/board/bad/unknown-label.dts");
    assertEquals(3, r.exit());
    assertEquals(
        "testdata/board/bad/unknown-label.dts:6:1: error: label or path nowhere not found\n",
        r.err());
    assertEquals(3, run("board", "testdata/board/no-such.dts").exit());
    assertEquals(2, run("board").exit());
  }
}
