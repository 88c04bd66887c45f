package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceAndReplayCommandTest {
  private static final Path GOLDEN = Path.of("testdata/model/kmap-ipi-deadlock-2cpus.trace");
  private static final Path GOLDEN_JSON = Path.of("testdata/model/kmap-ipi-deadlock-2cpus.json");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void traceOfTheFoundingCaseIsTheGoldenFile() throws IOException {
    Run r = run("trace", "--scenario", "kmap-ipi-deadlock", "--param", "cpus=2");
    assertEquals(1, r.exit());
    assertEquals(Files.readString(GOLDEN), r.out());
  }

  private static final String FOUNDING = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";

  @Test
  void traceOfARuleOnTheBundledExampleIsTheDeadlockAndReplays() throws IOException {
    Path file = dir.resolve("founding.trace");
    Run t = run("trace", FOUNDING, "-o", file.toString());
    assertEquals(1, t.exit(), t.err());
    String trace = Files.readString(file);
    assertTrue(trace.contains("scenario: kmap-ipi-deadlock"), trace);
    assertTrue(trace.contains("violation: deadlock"), trace);
    Run r = run("replay", file.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("violation reproduced"), r.out());
  }

  @Test
  void traceOfARuleTheKernelMitigatesExploresToNoViolation() throws IOException {
    Path config = dir.resolve("six-one.config");
    Files.writeString(
        config,
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_CPU_V6K=y\n"
            + "CONFIG_CPU_TLB_V6=y\nCONFIG_SMP=y\nCONFIG_HIGHMEM=y\n");
    Path facts = dir.resolve("board.facts");
    Files.writeString(
        facts, "core = ARM11MPCore\nnCpus = 2\nhwTlbBcast = false\nramBytes = 0x40000000\n");
    Run t = run("trace", FOUNDING, "--board-facts", facts.toString(), config.toString());
    assertEquals(0, t.exit(), t.out() + t.err());
    assertTrue(t.out().contains("explored completely"), t.out());
  }

  @Test
  void traceOfARuleThatDoesNotHoldSaysSo() throws IOException {
    Path config = dir.resolve("up.config");
    Files.writeString(
        config,
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_CPU_V7=y\n# CONFIG_SMP is not set\n");
    Run t = run("trace", FOUNDING, config.toString());
    assertEquals(0, t.exit(), t.out() + t.err());
    assertTrue(
        t.out().startsWith("no trace for " + FOUNDING + ": its condition is false"), t.out());
  }

  @Test
  void traceNeedsExactlyOneOfRuleOrScenario() {
    assertEquals(ExitCode.USAGE.code(), run("trace").exit());
    assertEquals(
        ExitCode.USAGE.code(), run("trace", FOUNDING, "--scenario", "kmap-ipi-deadlock").exit());
    assertEquals(ExitCode.USAGE.code(), run("trace", "no-such-rule").exit());
  }

  @Test
  void traceWritesJsonToAFileAndReplayReproducesIt() throws IOException {
    Path file = dir.resolve("h01.json");
    Run t =
        run("trace", "--scenario", "kmap-ipi-deadlock", "--format", "json", "-o", file.toString());
    assertEquals(1, t.exit());
    assertEquals(Files.readString(GOLDEN_JSON), Files.readString(file));
    Run r = run("replay", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("violation reproduced: deadlock after 6 steps (kmap-ipi-deadlock)\n", r.out());
  }

  @Test
  void theMitigationsExploreCompletely() {
    Run irqsOn = run("trace", "--scenario", "kmap-ipi-deadlock", "-p", "kmapLockIrqsOff=false");
    assertEquals(0, irqsOn.exit());
    assertTrue(
        irqsOn.out().startsWith("no violation: scenario kmap-ipi-deadlock explored completely ("),
        irqsOn.out());
    assertEquals(
        0, run("trace", "--scenario", "kmap-ipi-deadlock", "-p", "hwTlbBroadcast=true").exit());
  }

  @Test
  void aStateLimitIsReportedAndNotSafe() {
    Run r =
        run(
            "trace",
            "--scenario",
            "kmap-ipi-deadlock",
            "-p",
            "kmapLockIrqsOff=false",
            "--max-states",
            "10");
    assertEquals(1, r.exit());
    assertTrue(
        r.err().contains("limit max-states=10 reached") && r.err().contains("NOT shown safe"),
        r.err());
  }

  @Test
  void aRuleTraceStopsAtTheLimitsGiven() {
    Run r = run("trace", FOUNDING, "--max-states", "3", "--max-depth", "2");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err().contains("limit max-states=3 reached after 3 states")
            && r.err().contains("NOT shown safe"),
        r.err());
    Run deep = run("trace", FOUNDING, "--max-depth", "2");
    assertTrue(deep.err().contains("limit max-depth=2 reached"), deep.err());
  }

  @Test
  void replayOfATamperedTraceNamesTheStep() throws IOException {
    String text = Files.readString(GOLDEN);
    Path file = dir.resolve("tampered.trace");
    Files.writeString(file, text.replace("kmapLockIrqsOff=true", "kmapLockIrqsOff=false"));
    Run r = run("replay", file.toString());
    assertEquals(1, r.exit());
    assertTrue(
        r.err()
            .startsWith(
                file + ": not reproduced: step 1 (CPU0 kmap_high: irq_disable) is not enabled"),
        r.err());
  }

  /** The "what changed" column is evidence too: an edited one replayed as reproduced. */
  @Test
  void replayOfATraceWithAnEditedChangeNamesTheStep() {
    String file = "testdata/robust/trace/changed-column-edited.trace";
    Run r = run("replay", file);
    assertEquals(1, r.exit());
    assertEquals(
        file
            + ": not reproduced: step 3 (CPU0 kmap_high: unmap pkmap) changes 'page table: pkmap"
            + " unmapped', the trace says 'page table: pkmap still mapped'\n",
        r.err());
  }

  @Test
  void usageErrorsExit2() {
    // A limit of zero was an IllegalArgumentException (an internal error).
    for (String limit : List.of("--max-states", "--max-depth")) {
      Run zero = run("trace", "--scenario", "kmap-ipi-deadlock", limit, "0");
      assertEquals(2, zero.exit(), zero.err());
      assertTrue(zero.err().contains("'0' is not a whole number from 1 to 2147483647"), zero.err());
    }
    assertEquals(2, run("trace", "--scenario", "nope").exit());
    assertEquals(2, run("trace", "--scenario", "kmap-ipi-deadlock", "-p", "cpus=9").exit());
    assertEquals(2, run("trace", "--scenario", "kmap-ipi-deadlock", "-p", "colour=red").exit());
  }

  @Test
  void anUnreadableTraceExits3WithAPosition() throws IOException {
    Path file = dir.resolve("junk.trace");
    Files.write(file, new byte[] {0x23, 0x20, (byte) 0xff, 0x0a});
    Run r = run("replay", file.toString());
    assertEquals(3, r.exit());
    assertEquals(file + ":1:3: error: not UTF-8 text\n", r.err());
    assertEquals(3, run("replay", dir.resolve("missing.trace").toString()).exit());
  }

  @Test
  void scenariosListsParametersAndSweeps() {
    Run list = run("scenarios");
    assertEquals(0, list.exit());
    assertTrue(list.out().contains("    kmapLockIrqsOff : bool = true  "), list.out());
    Run sweep = run("scenarios", "--sweep", "1..2");
    assertEquals(0, sweep.exit(), sweep.err());
    assertTrue(
        sweep.out().contains("kmap-ipi-deadlock") && sweep.out().contains("total: "), sweep.out());
    assertEquals(2, run("scenarios", "--sweep", "3..1").exit());
  }
}
