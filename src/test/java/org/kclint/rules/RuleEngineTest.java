package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.rules.parse.RuleFiles;

class RuleEngineTest {
  private static final Catalogue CATALOGUE = RuleFiles.shipped();
  private static final String FOUNDING = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";

  private static Verdict only(List<Verdict> verdicts, String rule) {
    List<Verdict> matching = verdicts.stream().filter(v -> v.rule().id().equals(rule)).toList();
    assertEquals(1, matching.size(), "one verdict of " + rule + " in " + verdicts);
    return matching.get(0);
  }

  private static Verdict verdict(String caseName) throws IOException {
    return only(new RuleEngine(CATALOGUE.rules()).check(founding(caseName).input()), FOUNDING);
  }

  private static RuleCase founding(String name) throws IOException {
    return RuleCase.read(Path.of("testdata/rules", FOUNDING, name + ".config"));
  }

  @Test
  void foundingCaseOffersOnlyTheSoundFix() throws IOException {
    Verdict v = verdict("positive");
    assertEquals(Verdict.Status.HAZARD, v.status());
    assertEquals(Severity.ERROR, v.severity());
    assertEquals(List.of("CONFIG_HIGHMEM=n"), v.fixes().stream().map(Fix::changesText).toList());
    // A uniprocessor kernel on this four-CPU board would raise another finding.
    assertEquals(1, v.rejected().size());
    assertEquals("it would raise up-kernel-on-smp-board", v.rejected().get(0).reason());
    assertEquals("kmap-ipi-deadlock", v.scenario().orElseThrow().scenario());
    assertEquals(RuleValue.Y, v.scenario().get().parameters().get("kmapLockIrqsOff"));
    assertEquals(RuleValue.N, v.scenario().get().parameters().get("hwTlbBroadcast"));
    assertEquals(new RuleValue.Num(4), v.scenario().get().parameters().get("cpus"));
  }

  @Test
  void sixOneMitigationIsReportedAsInfoWithTheModelParameters() throws IOException {
    Verdict v = verdict("mitigated");
    assertEquals(Verdict.Status.MITIGATED, v.status());
    assertEquals(Severity.INFO, v.severity());
    assertTrue(v.message().contains("plain spin_lock"), v.message());
    assertEquals(RuleValue.N, v.scenario().orElseThrow().parameters().get("kmapLockIrqsOff"));
  }

  @Test
  void unknownVerdictNamesTheMissingFacts() throws IOException {
    Verdict v = verdict("unknown");
    assertEquals(Verdict.Status.UNKNOWN, v.status());
    assertEquals(Severity.WARNING, v.severity());
    assertEquals(List.of("board.nCpus", "board.hwTlbBcast"), v.missing());
    assertTrue(
        v.message().endsWith("cannot tell without board.nCpus, board.hwTlbBcast"), v.message());
    assertTrue(v.scenario().isEmpty(), "no scenario without its parameters");
    // Without a board, a uniprocessor kernel might waste CPUs: offered, with that caveat.
    assertEquals(
        List.of("CONFIG_HIGHMEM=n", "CONFIG_SMP=n"),
        v.fixes().stream().map(Fix::changesText).toList());
    assertEquals(
        List.of("may raise up-kernel-on-smp-board (depends on board.nCpus)"),
        v.caveats().stream().map(Verdict.FixCaveat::note).toList());
  }

  @Test
  void latentVerdictSaysWhy() throws IOException {
    Verdict v = verdict("latent");
    assertEquals(Verdict.Status.LATENT, v.status());
    assertEquals(Severity.WARNING, v.severity());
    assertTrue(v.message().contains("all RAM fits in lowmem"), v.message());
  }

  @Test
  void unknownKernelVersionIsAMissingFactForRangedRules() throws IOException {
    RuleCase c = founding("positive");
    RuleEngine.Input noVersion = c.input(ConfigResolver.asGiven(c.symbols()), Optional.empty());
    Verdict v = only(new RuleEngine(CATALOGUE.rules()).check(noVersion), FOUNDING);
    assertEquals(Verdict.Status.UNKNOWN, v.status());
    assertEquals(List.of(Evaluation.KERNEL_VERSION), v.missing());
  }

  @Test
  void kernelsOutsideTheRangeSkipTheRule() throws IOException {
    RuleCase c = founding("positive");
    RuleEngine.Input old =
        c.input(ConfigResolver.asGiven(c.symbols()), KernelVersion.parse("2.6.29"));
    assertTrue(
        new RuleEngine(CATALOGUE.rules())
            .check(old).stream().noneMatch(v -> v.rule().id().equals(FOUNDING)));
  }

  @Test
  void aFixTheKconfigTreeWouldNotKeepIsNotOffered() throws IOException {
    RuleCase c = founding("positive");
    // A tree in which HIGHMEM is forced on (say, selected by the platform).
    ConfigResolver keepsHighmem =
        changes -> c.symbols().with(changes).with(java.util.Map.of("HIGHMEM", "y"));
    Verdict v =
        only(new RuleEngine(CATALOGUE.rules()).check(c.input(keepsHighmem, c.kernel())), FOUNDING);
    assertEquals(List.of(), v.fixes());
    assertEquals("the Kconfig tree would not keep CONFIG_HIGHMEM=n", v.rejected().get(0).reason());
  }

  @Test
  void findingPointsAtTheFirstBlamedLineAndRelatesTheOthers() throws IOException {
    Verdict v = verdict("positive");
    assertEquals(11, v.position().line(), "HIGHMEM line");
    assertEquals(List.of(6), v.related().stream().map(p -> p.line()).toList(), "SMP line");
  }
}
