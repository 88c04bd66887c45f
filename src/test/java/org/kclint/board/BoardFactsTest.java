package org.kclint.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.board.parse.DtsReader;
import org.kclint.diag.InputException;

/** Board facts from device trees of testdata/board/facts, the CPU database and overrides. */
class BoardFactsTest {
  private static final Path DIR = Path.of("testdata/board/facts");

  private static BoardFacts facts(String dts) {
    return BoardFacts.of(
        TreeFacts.of(new DtsReader(List.of()).read(DIR.resolve(dts))),
        CpuDatabase.bundled(),
        SocDatabase.bundled());
  }

  private static String text(BoardFacts facts, String name) {
    return facts.fact(name).map(FactValue::text).orElse("unknown");
  }

  @Test
  void arm11MpCoreBoardHasNoHardwareBroadcast() {
    BoardFacts f = facts("arm11mp.dts");
    assertEquals("2", text(f, "nCpus"));
    assertEquals("2", text(f, "dtCpuNodes"));
    assertEquals("ARM11MPCore", text(f, "core"));
    assertEquals(
        new FactValue.Bool(false, f.fact("hwTlbBcast").get().source()), f.fact("hwTlbBcast").get());
    assertEquals("false", text(f, "board.hwCacheBcast"));
    assertEquals("VIPT_NONALIASING", text(f, "dcache"));
    assertEquals("CPU_V6K", text(f, "kconfigCpu"));
    assertEquals("arm,realview-smp", text(f, "enableMethod"));
    assertEquals(Long.toString(0x10000000L + 0x08000000L + 0x04000000L), text(f, "ramBytes"));
    assertEquals(Long.toString(0x97ffffffL), text(f, "ramTopPhys"));
    assertEquals("unknown", text(f, "coreRev"));
    assertTrue(
        f.fact("hwTlbBcast").get().source() instanceof FactSource.CpuDatabase c
            && c.compatible().equals("arm,arm11mpcore")
            && c.citation().contains("HAZARDS.md"));
    FactSource ram = f.fact("ramBytes").get().source();
    assertEquals(29, ram.position().line(), ram.describe());
  }

  @Test
  void mixedCoresKeepOnlyTheFactsTheyAgreeOn() {
    BoardFacts f = facts("big-little.dts");
    assertEquals("unknown", text(f, "core"));
    assertEquals("true", text(f, "hwTlbBcast"));
    assertEquals("true", text(f, "lpae"));
    assertEquals("arm,cortex-a15|arm,cortex-a7", text(f, "cpuCompatibles"));
    assertEquals("psci", text(f, "enableMethod"));
    assertEquals(Long.toString(0x1_0000_0000L), text(f, "ramBytes"));
    assertEquals(Long.toString(0x1_7fff_ffffL), text(f, "ramTopPhys"));
  }

  @Test
  void mixedCoresAreOneClusterViewPerKindOfCore() {
    BoardFacts f = facts("big-little.dts");
    assertEquals(2, f.clusters().size());
    assertEquals("Cortex-A15", text(f.clusters().get(0), "core"));
    assertEquals("Cortex-A7", text(f.clusters().get(1), "core"));
    assertEquals("2", text(f.clusters().get(1), "nCpus"), "board-wide facts stay in each view");
    BoardFacts one = facts("arm11mp.dts");
    assertEquals(List.of(one), one.clusters(), "one kind of core: its own only view");
    BoardFacts pinned = f.with(FactOverrides.parse("x", "coreRev = r3p0\n"));
    assertEquals("r3p0", text(pinned.clusters().get(0), "coreRev"));
  }

  @Test
  void theSocDatabaseAndTheTreeAddSocFacts() {
    BoardFacts f = facts("soc-vexpress-ca9.dts");
    assertEquals("arm,vexpress,v2p-ca9", text(f, "soc"));
    assertEquals("r0p1", text(f, "coreRev"));
    assertTrue(
        f.fact("coreRev").get().source() instanceof FactSource.SocDatabase s
            && s.citation().contains("vexpress.S"));
    assertEquals(
        "arm,pl310-cache", text(f, "l2Cache"), "found whatever its status, as cache-l2x0.c");
    assertTrue(f.fact("l2Cache").get().source() instanceof FactSource.Dts);
    assertEquals(
        "unknown",
        text(facts("cns3420-no-l2-node.dts"), "l2Cache"),
        "the SoC starts its outer cache without a node: no node says nothing");
    assertEquals(Long.toString(0x60000000L), text(f, "ramBase"));
    assertEquals(Long.toString(0x8fffffffL), text(f, "ramTopPhys"));
    assertEquals("unknown", text(facts("big-little.dts"), "soc"));
  }

  @Test
  void unknownCoreAndUnsizedMemoryStayUnknown() {
    BoardFacts f = facts("unknown-core.dts");
    assertEquals("1", text(f, "nCpus"));
    for (String name :
        List.of(
            "core",
            "hwTlbBcast",
            "hwCacheBcast",
            "dcache",
            "lpae",
            "ramBytes",
            "ramTopPhys",
            "ramBase",
            "model")) {
      assertEquals(Optional.empty(), f.fact(name), name);
    }
    assertEquals("none", text(f, "l2Cache"), "no node l2x0_of_init() matches: no outer cache");
    assertTrue(f.fact("l2Cache").get().source() instanceof FactSource.Dts);
    assertEquals(Optional.empty(), f.fact("no-such-fact"));
  }

  @Test
  void overridesPinCorrectAndWithdrawFacts() throws IOException {
    FactOverrides o = FactOverrides.parse("pin.facts", Files.readString(DIR.resolve("pin.facts")));
    BoardFacts f = facts("arm11mp.dts").with(o);
    assertEquals("r2p0", text(f, "coreRev"));
    assertEquals("true", text(f, "hwTlbBcast"));
    assertEquals("true", text(f, "hwCacheBcast"));
    assertEquals(Long.toString(512L << 20), text(f, "ramBytes"));
    assertEquals("unknown", text(f, "core"));
    assertEquals("2", text(f, "nCpus"));
    assertEquals(
        new FactSource.OverrideLine(new org.kclint.diag.Position("pin.facts", 3, 1)),
        f.fact("hwTlbBcast").get().source());
    assertEquals("true", text(BoardFacts.unknown().with(o), "hwTlbBcast"));
  }

  @Test
  void badOverridesArePositioned() throws IOException {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                FactOverrides.parse(
                    "bad-bool.facts", Files.readString(DIR.resolve("bad-bool.facts"))));
    assertEquals("bad-bool.facts:2:14", e.position().toString());
    e =
        assertThrows(
            InputException.class,
            () ->
                FactOverrides.parse(
                    "unknown-fact.facts", Files.readString(DIR.resolve("unknown-fact.facts"))));
    assertEquals("unknown-fact.facts:2:3", e.position().toString());
    assertTrue(e.getMessage().contains("unknown board fact 'tlbBroadcast'"), e.getMessage());
    e = assertThrows(InputException.class, () -> FactOverrides.parse("x", "ramBytes = lots\n"));
    assertEquals("x:1:12", e.position().toString());
    e = assertThrows(InputException.class, () -> FactOverrides.parse("x", "dcache = VIPT\n"));
    assertTrue(e.getMessage().contains("VIPT_ALIASING"), e.getMessage());
    e = assertThrows(InputException.class, () -> FactOverrides.parse("x", "nCpus = 2\n\u0000\n"));
    assertEquals("x:2:1", e.position().toString());
  }
}
