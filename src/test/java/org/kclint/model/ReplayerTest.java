package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.model.parse.TraceReader;

class ReplayerTest {
  private final TraceReader reader = new TraceReader(Scenarios.LIBRARY);

  private ReplayResult replay(Trace t) {
    return Replayer.replay(Scenarios.get(t.scenario()), t);
  }

  private Trace golden() {
    return reader.read(TraceGoldenTest.TEXT);
  }

  private static Trace withSteps(Trace t, List<Step> steps) {
    List<Step> renumbered = new ArrayList<>();
    for (Step s : steps) {
      renumbered.add(
          new Step(
              renumbered.size() + 1, s.actor(), s.process(), s.operation(), s.note(), s.changed()));
    }
    return new Trace(
        t.modelVersion(),
        t.scenario(),
        t.summary(),
        t.initialState(),
        t.parameters(),
        ImmutableList.copyOf(renumbered),
        t.violation());
  }

  @Test
  void goldenTracesReproduce() {
    for (var file : List.of(TraceGoldenTest.TEXT, TraceGoldenTest.JSON)) {
      ReplayResult r = replay(reader.read(file));
      assertEquals(
          Violation.Kind.DEADLOCK,
          assertInstanceOf(ReplayResult.Reproduced.class, r, file.toString()).violation().kind());
    }
  }

  @Test
  void swappedStepsFailAtTheFirstStepNotEnabled() {
    Trace t = golden();
    List<Step> steps = new ArrayList<>(t.steps());
    // CPU0 cannot take kmap_lock before it has disabled IRQs.
    steps.set(0, t.steps().get(1));
    steps.set(1, t.steps().get(0));
    ReplayResult.NotReproduced r =
        assertInstanceOf(ReplayResult.NotReproduced.class, replay(withSteps(t, steps)));
    assertEquals(1, r.step());
    assertTrue(
        r.reason().startsWith("step 1 (CPU0 kmap_high: lock kmap_lock) is not enabled"),
        r.reason());
  }

  @Test
  void aRemovedStepIsNamed() {
    Trace t = golden();
    List<Step> steps = new ArrayList<>(t.steps());
    steps.remove(4); // CPU1 irq_disable: its next step, lock, is then not CPU1's next operation
    ReplayResult.NotReproduced r =
        assertInstanceOf(ReplayResult.NotReproduced.class, replay(withSteps(t, steps)));
    assertEquals(5, r.step());
    assertTrue(
        r.reason()
            .startsWith(
                "step 5 (CPU1 kmap_high: lock kmap_lock) is not enabled; enabled: "
                    + "CPU1 ipi: handle IPI from CPU0 kmap_high; CPU1 kmap_high: irq_disable"),
        r.reason());
  }

  @Test
  void aLastStepRemovedLeavesTheViolationMissing() {
    Trace t = golden();
    ReplayResult.NotReproduced r =
        assertInstanceOf(
            ReplayResult.NotReproduced.class,
            replay(withSteps(t, t.steps().subList(0, t.steps().size() - 1))));
    assertEquals(t.steps().size(), r.step());
  }

  @Test
  void changedParametersFailNamingTheStep() {
    Trace t = golden();
    ImmutableMap<String, ParamValue> mitigated =
        ImmutableMap.<String, ParamValue>builder().putAll(t.parameters()).buildKeepingLast();
    ImmutableMap<String, ParamValue> params =
        ImmutableMap.<String, ParamValue>builder()
            .putAll(mitigated)
            .put("kmapLockIrqsOff", ParamValue.of(false))
            .buildKeepingLast();
    Trace changed =
        new Trace(
            t.modelVersion(),
            t.scenario(),
            t.summary(),
            t.initialState(),
            params,
            t.steps(),
            t.violation());
    ReplayResult.NotReproduced r =
        assertInstanceOf(ReplayResult.NotReproduced.class, replay(changed));
    assertEquals(1, r.step());
    assertTrue(r.reason().contains("irq_disable) is not enabled"), r.reason());
  }

  @Test
  void anotherModelVersionIsRefused() {
    Trace t = golden();
    Trace old =
        new Trace(
            "kclint-tlb-ipi-model/0",
            t.scenario(),
            t.summary(),
            t.initialState(),
            t.parameters(),
            t.steps(),
            t.violation());
    assertInstanceOf(ReplayResult.NotReproduced.class, replay(old));
  }

  @Test
  void aTraceThroughTheNewOperationsIsCheckedStepByStep() {
    Trace t = reader.read(TraceGoldenTest.DIR.resolve("secondary-cpu-bringup-nr-cpus-4cpus.trace"));
    assertInstanceOf(ReplayResult.Reproduced.class, replay(t));
    List<Step> steps = new ArrayList<>(t.steps());
    steps.remove(0); // the boot CPU never starts CPU1: it stays parked
    ReplayResult.NotReproduced r =
        assertInstanceOf(ReplayResult.NotReproduced.class, replay(withSteps(t, steps)));
    assertEquals(1, r.step());
    assertTrue(
        r.reason().startsWith("step 1 (CPU1 secondary1: park release1) is not enabled"),
        r.reason());
  }
}
