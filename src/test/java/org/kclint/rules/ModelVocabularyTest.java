package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.diag.InputException;
import org.kclint.rules.parse.RuleParser;

class ModelVocabularyTest {
  private static final ModelVocabulary MODEL =
      new ModelVocabulary(
          ImmutableMap.of(
              "kmap-ipi-deadlock",
              ImmutableSet.of("cpus", "hwTlbBroadcast", "kmapLockIrqsOff"),
              "dma-stale-cache",
              ImmutableSet.of("cpus", "readForOwnership")),
          ImmutableSet.of("deadlock", "dma-stale-data"));

  private static Rule rule(String scenario, String binding) {
    return rule(scenario, binding, "deadlock");
  }

  private static Rule rule(String scenario, String binding, String expect) {
    return RuleParser.parse(
        """
        rule demo {
          severity warning
          summary "demo"
          when SMP
          blame SMP
          fix "off" { SMP = n }
          ref file "mm/highmem.c:140-152" "lock_kmap"
          scenario %s {
            cpus = 2
            %s
            expect %s
          }
          explain "x"
        }
        """
            .formatted(scenario, binding, expect),
        "t.rule",
        "area");
  }

  @Test
  void aRuleNamingWhatTheModelHasPasses() {
    MODEL.check(List.of(rule("kmap-ipi-deadlock", "hwTlbBroadcast = !SMP")));
  }

  @Test
  void anUnknownScenarioIsRefusedAtItsName() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> MODEL.check(List.of(rule("kmap-ipi-deadlok", "hwTlbBroadcast = !SMP"))));
    assertEquals("t.rule:8:12", e.position().toString());
    assertEquals(
        "the model has no scenario 'kmap-ipi-deadlok' (did you mean kmap-ipi-deadlock?)",
        e.getMessage());
  }

  @Test
  void anUnknownParameterIsRefusedAtItsBinding() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> MODEL.check(List.of(rule("dma-stale-cache", "hwCacheBroadcast = SMP"))));
    assertEquals("t.rule:10:5", e.position().toString());
    assertEquals(
        "scenario dma-stale-cache has no parameter 'hwCacheBroadcast' (known: cpus,"
            + " readForOwnership)",
        e.getMessage());
  }

  @Test
  void anUnknownViolationIsRefusedAtTheExpectation() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                MODEL.check(
                    List.of(rule("dma-stale-cache", "readForOwnership = SMP", "stale-dma"))));
    assertEquals("t.rule:11:12", e.position().toString());
    assertEquals(
        "the model finds no violation 'stale-dma' (known: deadlock, dma-stale-data)",
        e.getMessage());
  }
}
