package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kclint.model.parse.ScenarioParser;

/**
 * Store buffers: who sees a buffered store when, what drains it, and the hang when nothing does.
 */
class StoreBufferTest {
  private static final String HEAD =
      "scenario s \"summary\"\nparam cpus : int 1..8 = 2\nflags g, h\n";

  private static Exploration explore(String processes) {
    Scenario s = ScenarioParser.parse("s.scn", HEAD + processes);
    return Explorer.explore(s, s.parse(Map.of()), ExplorationLimits.DEFAULT);
  }

  private static Violation violation(String processes) {
    return assertInstanceOf(Exploration.Violated.class, explore(processes)).trace().violation();
  }

  @Test
  void aPostedStoreIsSeenByItsCpuAndByOthersOnlyAfterABarrier() {
    assertInstanceOf(Exploration.Safe.class, explore("process w on cpu 0 { post g assert g }\n"));
    String reader = "process r on cpu 1 { wait h assert g }\n";
    assertEquals(
        Violation.Kind.ASSERTION,
        violation("process w on cpu 0 { post g signal h }\n" + reader).kind());
    assertInstanceOf(
        Exploration.Safe.class,
        explore("process w on cpu 0 { post g dmb \"smp_mb()\" signal h }\n" + reader));
  }

  @Test
  void aNonCacheableStoreHidesFromDevicesUntilAWmb() {
    String device = "process d on device { wait h assert g }\n";
    assertInstanceOf(
        Exploration.Safe.class,
        explore(
            "process w on cpu 0 { post_nc g signal h }\nprocess r on cpu 1 { wait h assert g }\n"));
    assertEquals(
        Violation.Kind.ASSERTION,
        violation("process w on cpu 0 { post_nc g dmb \"smp_mb()\" signal h }\n" + device).kind());
    assertInstanceOf(
        Exploration.Safe.class,
        explore("process w on cpu 0 { post_nc g wmb \"wmb()\" signal h }\n" + device));
  }

  @Test
  void aBufferThatDoesNotDrainByItselfHangsThePoller() {
    String poll = "process w on cpu 0 { post g wait h }\nprocess r on cpu 1 { wait g signal h }\n";
    Violation v = violation(poll);
    assertEquals(Violation.Kind.DEADLOCK, v.kind());
    assertEquals(
        List.of(
            "CPU0 w waits for h, which CPU1 r signals later",
            "CPU1 r waits for g, which waits in CPU0's store buffer: nothing still running drains"
                + " it, and it does not drain by itself"),
        v.waitFor().stream().map(WaitEdge::reason).toList());
    assertInstanceOf(
        Exploration.Safe.class, explore(poll + "process sb on cpu 0 hardware { drain g }\n"));
    assertInstanceOf(
        Exploration.Safe.class,
        explore(
            "process w on cpu 0 { post_nc g }\nprocess d on device { wait g }\n"
                + "process l2 on device { outer_drain g }\n"));
  }

  @Test
  void aBufferDrainsItsStoresInAnyOrderUnlessABarrierOrdersThem() {
    String rest =
        "process r on cpu 1 { wait h assert g }\n"
            + "process g_out on cpu 0 hardware { drain g }\n"
            + "process h_out on cpu 0 hardware { drain h }\n";
    assertEquals(
        Violation.Kind.ASSERTION,
        violation("process w on cpu 0 { post g dmb_faulty \"742230\" post h }\n" + rest).kind());
    assertInstanceOf(
        Exploration.Safe.class,
        explore("process w on cpu 0 { post g dmb \"smp_wmb()\" post h }\n" + rest));
  }

  @Test
  void aBarrierAfterThePollIsACycle() {
    Violation v =
        violation(
            "process w on cpu 0 { post g wait h dmb }\nprocess r on cpu 1 { wait g signal h }\n");
    assertEquals(
        List.of(
            "CPU0 w waits for h, which CPU1 r signals later",
            "CPU1 r waits for g, which waits in CPU0's store buffer until CPU0 w drains it"),
        v.waitFor().stream().map(WaitEdge::reason).toList());
    assertEquals(
        "CPU0 w, CPU1 r can never move again; wait-for cycle: CPU0 w -> CPU1 r -> CPU0 w",
        v.message());
  }
}
