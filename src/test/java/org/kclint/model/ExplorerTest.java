package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplorerTest {
  private static final String H01 = "kmap-ipi-deadlock";

  @Test
  void foundingCaseDeadlocksWithTheKmapLockIpiCycle() {
    Exploration e = Scenarios.explore(H01, Map.of("cpus", "2"));
    Trace t = assertInstanceOf(Exploration.Violated.class, e).trace();
    assertEquals(Violation.Kind.DEADLOCK, t.violation().kind());
    // Shortest: CPU0 irq off, lock, pte_clear, IPI; CPU1 irq off, spins.
    assertEquals(6, t.steps().size());
    List<WaitEdge> cycle = t.violation().waitFor();
    assertEquals(2, cycle.size());
    assertEquals(
        "CPU0 kmap_high waits with IRQs off for the IPI acknowledgement of CPU1 kmap_high, whose IRQs are off",
        cycle.get(0).reason());
    assertEquals(
        "CPU1 kmap_high spins on kmap_lock with IRQs off; CPU0 kmap_high holds it",
        cycle.get(1).reason());
  }

  @Test
  void theSameInputsGiveTheSameTrace() {
    Exploration a = Scenarios.explore(H01, Map.of());
    Exploration b = Scenarios.explore(H01, Map.of());
    assertEquals(a, b);
  }

  @Test
  void irqsKeptOnInKmapExploresCompletelyWithoutViolation() {
    // 6.1: SMP && CPU_TLB_V6 undefines ARCH_NEEDS_KMAP_HIGH_GET, so lock_kmap() is spin_lock().
    for (int cpus = 1; cpus <= 4; cpus++) {
      Exploration e = Scenarios.explore(H01, Map.of("cpus", "" + cpus, "kmapLockIrqsOff", "false"));
      assertInstanceOf(Exploration.Safe.class, e, "cpus=" + cpus + ": " + e);
    }
  }

  @Test
  void hardwareBroadcastExploresCompletelyWithoutViolation() {
    for (int cpus = 1; cpus <= 4; cpus++) {
      Exploration e = Scenarios.explore(H01, Map.of("cpus", "" + cpus, "hwTlbBroadcast", "true"));
      assertInstanceOf(Exploration.Safe.class, e, "cpus=" + cpus + ": " + e);
    }
  }

  @Test
  void oneCpuCannotDeadlockOnIpis() {
    assertInstanceOf(Exploration.Safe.class, Scenarios.explore(H01, Map.of("cpus", "1")));
  }

  @Test
  void moreCpusStillDeadlockAndTheTraceStaysShortest() {
    Exploration e = Scenarios.explore(H01, Map.of("cpus", "4"));
    Trace t = assertInstanceOf(Exploration.Violated.class, e).trace();
    assertEquals(Violation.Kind.DEADLOCK, t.violation().kind());
    assertEquals(6, t.steps().size());
  }

  @Test
  void aLimitIsReportedNeverSafe() {
    Scenario s = Scenarios.get(H01);
    Exploration byStates =
        Explorer.explore(
            s, s.parse(Map.of("kmapLockIrqsOff", "false")), new ExplorationLimits(5, 1000));
    assertInstanceOf(Exploration.LimitReached.class, byStates);
    Exploration byDepth =
        Explorer.explore(
            s, s.parse(Map.of("kmapLockIrqsOff", "false")), new ExplorationLimits(1000, 3));
    Exploration.LimitReached hit = assertInstanceOf(Exploration.LimitReached.class, byDepth);
    assertTrue(hit.limit().startsWith("max-depth"), hit.limit());
  }

  private static final String HEAD =
      "scenario s \"summary\"\nparam cpus : int 1..8 = 2\npages p\nframes f, f2\nflags g, h\n";

  private static Exploration exploreInline(String processes) {
    Scenario s = org.kclint.model.parse.ScenarioParser.parse("s.scn", HEAD + processes);
    return Explorer.explore(s, s.parse(Map.of()), ExplorationLimits.DEFAULT);
  }

  @Test
  void aCpuParkedForGoodIsIdleNotDeadlocked() {
    assertInstanceOf(
        Exploration.Safe.class,
        exploreInline(
            "process boot on cpu 0 { signal h }\nprocess pen on cpu 1 { park g signal h }\n"));
  }

  @Test
  void waitingForAParkedCpuIsADeadlock() {
    Exploration e =
        exploreInline(
            "process boot on cpu 0 { wait h }\nprocess pen on cpu 1 { park g signal h }\n");
    Violation v = assertInstanceOf(Exploration.Violated.class, e).trace().violation();
    assertEquals(Violation.Kind.DEADLOCK, v.kind());
    assertTrue(v.message().startsWith("CPU0 boot, CPU1 pen can never move again"), v.message());
  }

  @Test
  void anAssertedFlagThatWasClearedIsAnAssertion() {
    Exploration e =
        exploreInline("process w on cpu 0 { signal g clear g assert g \"g is gone\" }\n");
    Trace t = assertInstanceOf(Exploration.Violated.class, e).trace();
    assertEquals(Violation.Kind.ASSERTION, t.violation().kind());
    assertEquals("CPU0 w: g is gone", t.violation().message());
    assertEquals(3, t.steps().size());
    assertInstanceOf(
        Exploration.Safe.class,
        exploreInline("process w on cpu 0 { clear g signal g assert g }\n"));
  }

  @Test
  void anAccessMustReachTheFrameItNames() {
    Violation wrong =
        assertInstanceOf(
                Exploration.Violated.class,
                exploreInline("process w on cpu 0 { map p -> f access p -> f2 }\n"))
            .trace()
            .violation();
    assertEquals("CPU0 w accesses p expecting f2, but it reaches f", wrong.message());
    Violation fault =
        assertInstanceOf(
                Exploration.Violated.class, exploreInline("process w on cpu 0 { access p -> f }\n"))
            .trace()
            .violation();
    assertEquals("CPU0 w accesses p expecting f, but p is not mapped: page fault", fault.message());
    // Without a frame named, a fault is no violation, as before; through the TLB it is checked too.
    assertInstanceOf(Exploration.Safe.class, exploreInline("process w on cpu 0 { access p }\n"));
    assertInstanceOf(
        Exploration.Safe.class,
        exploreInline("process w on cpu 0 { map p -> f access p -> f access p -> f }\n"));
  }
}
