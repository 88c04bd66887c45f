package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped scenario under the bindings that matter: the hazard (a violation of the expected
 * kind) and each mitigation HAZARDS.md names (explored completely, no violation), for 1-4 CPUs.
 */
class ScenarioCatalogueTest {

  /** scenario, parameters, the violation expected for cpus >= minCpus (empty: safe). */
  static Stream<Arguments> cases() {
    return Stream.of(
        // H01 and its mitigations: IRQs on in kmap (6.1), hardware broadcast.
        of("kmap-ipi-deadlock", Map.of(), "deadlock", 2),
        of("kmap-ipi-deadlock", Map.of("kmapLockIrqsOff", "false"), null, 0),
        of("kmap-ipi-deadlock", Map.of("hwTlbBroadcast", "true"), null, 0),
        // H02: IRQs on with kmap_high_get() reachable from an interrupt deadlocks on one CPU.
        of("kmap-high-get-irq-deadlock", Map.of(), "deadlock", 1),
        of("kmap-high-get-irq-deadlock", Map.of("kmapLockIrqsOff", "true"), null, 0),
        of("kmap-high-get-irq-deadlock", Map.of("kmapHighGetCallable", "false"), null, 0),
        // H19: flush by IPI with IRQs off; lockdep catches it first where enabled.
        of("ipi-flush-irqs-off-deadlock", Map.of(), "deadlock", 2),
        of("ipi-flush-irqs-off-deadlock", Map.of("lockdep", "true"), "assertion", 1),
        of("ipi-flush-irqs-off-deadlock", Map.of("flushIrqsOff", "false"), null, 0),
        of("ipi-flush-irqs-off-deadlock", Map.of("hwTlbBroadcast", "true"), null, 0),
        // H14/H15/H17/H18: an invalidation that misses other CPUs, and the IPI workaround.
        of("stale-tlb-after-unmap", Map.of(), null, 0),
        of("stale-tlb-after-unmap", Map.of("incompleteBroadcast", "true"), "stale-translation", 2),
        of("stale-tlb-after-unmap", Map.of("hwTlbBroadcast", "false"), "stale-translation", 2),
        of(
            "stale-tlb-after-unmap",
            Map.of("incompleteBroadcast", "true", "ipiAfterFlush", "true"),
            null,
            0),
        // H09: DMA maintenance on one CPU; RWFO or hardware broadcast fix it.
        of("dma-stale-cache", Map.of(), "dma-stale-data", 2),
        of("dma-stale-cache", Map.of("readForOwnership", "true"), null, 0),
        of("dma-stale-cache", Map.of("hwCacheBroadcast", "true"), null, 0),
        // H16: a walk straddling the ASID switch; the DSB orders it.
        of("asid-switch-utlb", Map.of(), "stale-translation", 1),
        of("asid-switch-utlb", Map.of("dsbBeforeAsidSwitch", "true"), null, 0),
        of("asid-switch-utlb", Map.of("speculativeWalk", "false"), null, 0),
        // H04/H05/H06: RAM dropped at boot by arm_add_memory() or adjust_lowmem_bounds().
        of("ram-ignored-at-boot", Map.of(), null, 0),
        of("ram-ignored-at-boot", Map.of("ramAboveLowmem", "true"), "assertion", 1),
        of("ram-ignored-at-boot", Map.of("ramAboveLowmem", "true", "highmem", "true"), null, 0),
        of(
            "ram-ignored-at-boot",
            Map.of("ramAboveLowmem", "true", "highmem", "true", "viptAliasing", "true"),
            "assertion",
            1),
        of(
            "ram-ignored-at-boot",
            Map.of("ramAbove4g", "true", "ramAboveLowmem", "true", "highmem", "true"),
            "assertion",
            1),
        of(
            "ram-ignored-at-boot",
            Map.of(
                "ramAbove4g",
                "true",
                "ramAboveLowmem",
                "true",
                "highmem",
                "true",
                "physAddr64",
                "true"),
            null,
            0),
        // H10/H12: secondaries left in the holding pen by nr_cpu_ids, a UP kernel or no smp_ops.
        of("secondary-cpu-bringup", Map.of("possibleCpus", "8"), null, 0),
        of("secondary-cpu-bringup", Map.of("possibleCpus", "2"), "assertion", 3),
        of("secondary-cpu-bringup", Map.of("possibleCpus", "1"), "assertion", 2),
        of(
            "secondary-cpu-bringup",
            Map.of("possibleCpus", "8", "bootSecondary", "false"),
            "assertion",
            2),
        // H07/H11: LPAE on a core without it; ALT_SMP sites on a UP core without SMP_ON_UP.
        of("boot-cpu-features", Map.of(), null, 0),
        of("boot-cpu-features", Map.of("lpaeKernel", "true", "cpuLpae", "false"), "assertion", 1),
        of("boot-cpu-features", Map.of("lpaeKernel", "true"), null, 0),
        of(
            "boot-cpu-features",
            Map.of("smpKernel", "true", "smpOnUp", "false", "cpuMp", "false"),
            "assertion",
            1),
        of("boot-cpu-features", Map.of("smpKernel", "true", "cpuMp", "false"), null, 0),
        of("boot-cpu-features", Map.of("smpKernel", "true", "smpOnUp", "false"), null, 0),
        // H08: with LPAE and PAGE_OFFSET 0xB0000000 user PTEs land in a table every mm shares.
        of("user-mapping-in-kernel-pgd", Map.of(), null, 0),
        of("user-mapping-in-kernel-pgd", Map.of("longDescriptors", "true"), null, 0),
        of(
            "user-mapping-in-kernel-pgd",
            Map.of("longDescriptors", "true", "pageOffsetGiBAligned", "false"),
            "assertion",
            2),
        // H13: the linear PTE array beyond 8 CPUs; debug slots beyond 16 CPUs outside the fixmap.
        of("kmap-local-slot-pte", Map.of(), null, 0),
        of("kmap-local-slot-pte", Map.of("linearPteArray", "true", "nrCpus", "16"), "assertion", 2),
        of("kmap-local-slot-pte", Map.of("linearPteArray", "true", "nrCpus", "8"), null, 0),
        of("kmap-local-slot-pte", Map.of("debugKmapLocal", "true", "nrCpus", "32"), "assertion", 2),
        of("kmap-local-slot-pte", Map.of("debugKmapLocal", "true", "nrCpus", "16"), null, 0));
  }

  private static Arguments of(
      String scenario, Map<String, String> params, String kind, int minCpus) {
    return Arguments.of(scenario, params, Optional.ofNullable(kind), minCpus);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void outcomeFor1To4Cpus(
      String scenario, Map<String, String> params, Optional<String> kind, int minCpus) {
    for (int cpus = 1; cpus <= 4; cpus++) {
      Map<String, String> with = new java.util.HashMap<>(params);
      with.put("cpus", Integer.toString(cpus));
      Exploration e = Scenarios.explore(scenario, with);
      String where = scenario + " " + with + ": " + e;
      if (kind.isPresent() && cpus >= minCpus) {
        assertTrue(e instanceof Exploration.Violated, where);
        assertEquals(kind.get(), ((Exploration.Violated) e).trace().violation().kind().id(), where);
      } else {
        assertTrue(e instanceof Exploration.Safe, where);
      }
    }
  }

  @Test
  void everyBindingOfEveryScenarioExploresToAnAnswerFor1To4Cpus() {
    int explorations = 0;
    for (Scenario s : Scenarios.LIBRARY.all()) {
      for (ImmutableMap<String, ParamValue> binding : ParameterSpace.of(s, 1, 4)) {
        Exploration e = Explorer.explore(s, binding, ExplorationLimits.DEFAULT);
        assertFalse(e instanceof Exploration.LimitReached, s.name() + " " + binding + ": " + e);
        explorations++;
      }
    }
    assertTrue(explorations >= 11 * 8, "explorations: " + explorations);
  }

  @Test
  void everyShippedScenarioHasACaseAbove() {
    var covered =
        cases().map(a -> (String) a.get()[0]).collect(java.util.stream.Collectors.toSet());
    assertEquals(covered, java.util.Set.copyOf(Scenarios.LIBRARY.names()));
  }
}
