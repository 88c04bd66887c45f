package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final RuleExpr SMP = new RuleExpr.Symbol("SMP");
  private static final RuleExpr MOD = new RuleExpr.Symbol("MOD");
  private static final RuleExpr BCAST = new RuleExpr.Fact("hwTlbBcast");
  private static final RuleExpr CPUS = new RuleExpr.Fact("nCpus");

  private static Evaluation eval(Map<String, String> symbols, Map<String, RuleValue> facts) {
    return new Evaluation(
        s -> Optional.ofNullable(symbols.get(s)),
        f -> Optional.ofNullable(facts.get(f)),
        KernelVersion.parse("6.1.0"));
  }

  @Test
  void kleeneLogicOverUnknownFacts() {
    Evaluation e = eval(Map.of("SMP", "y"), Map.of());
    assertEquals(Truth.UNKNOWN, e.truth(new RuleExpr.And(SMP, BCAST)));
    assertEquals(Truth.UNKNOWN, e.truth(new RuleExpr.Not(BCAST)));
    assertEquals(Truth.TRUE, e.truth(new RuleExpr.Or(SMP, BCAST)));
    assertEquals(Truth.FALSE, e.truth(new RuleExpr.And(new RuleExpr.Not(SMP), BCAST)));
  }

  @Test
  void onlyUnknownsThatCanMatterAreNamed() {
    Evaluation e = eval(Map.of(), Map.of());
    // SMP is not set, so the board fact cannot change the outcome.
    assertEquals(Truth.FALSE, e.truth(new RuleExpr.And(SMP, BCAST)));
    assertEquals(List.of(), e.missing());
    Evaluation f = eval(Map.of("SMP", "y"), Map.of());
    f.truth(new RuleExpr.And(SMP, new RuleExpr.Compare(RuleExpr.CompareOp.GE, CPUS, lit(2))));
    assertEquals(List.of("board.nCpus"), f.missing());
  }

  @Test
  void modulesCountAsEnabledAndNegateToM() {
    Evaluation e = eval(Map.of("MOD", "m"), Map.of());
    assertEquals(Truth.level(1), e.truth(MOD));
    assertEquals(Truth.level(1), e.truth(new RuleExpr.Not(MOD)));
    assertEquals(
        Truth.level(2),
        e.truth(
            new RuleExpr.Compare(RuleExpr.CompareOp.EQ, MOD, new RuleExpr.Literal(RuleValue.M))));
  }

  @Test
  void numbersVersionsAndRevisionsCompare() {
    Evaluation e =
        eval(
            Map.of("PAGE_OFFSET", "0xC0000000"),
            Map.of(
                "ramBytes", new RuleValue.Num(0x40000000L), "coreRev", new RuleValue.Str("r1p0")));
    RuleExpr lowmem =
        new RuleExpr.Arith(false, lit(0xF0000000L), new RuleExpr.Symbol("PAGE_OFFSET"));
    assertEquals(
        Truth.TRUE,
        e.truth(
            new RuleExpr.Compare(RuleExpr.CompareOp.GT, new RuleExpr.Fact("ramBytes"), lowmem)));
    assertEquals(
        Truth.TRUE,
        e.truth(
            new RuleExpr.Compare(
                RuleExpr.CompareOp.LT,
                new RuleExpr.Fact("coreRev"),
                new RuleExpr.Literal(new RuleValue.Str("r2p0")))));
    assertEquals(
        Truth.TRUE,
        e.truth(
            new RuleExpr.Compare(
                RuleExpr.CompareOp.GE,
                new RuleExpr.Kernel(),
                new RuleExpr.Literal(
                    new RuleValue.Ver(KernelVersion.parse("2.6.38").orElseThrow())))));
  }

  @Test
  void aComparisonWithAnAbsentSymbolIsUnknownAndSaysSo() {
    Evaluation e = eval(Map.of(), Map.of("dtCpuNodes", new RuleValue.Num(4)));
    assertEquals(
        Truth.UNKNOWN,
        e.truth(
            new RuleExpr.Compare(
                RuleExpr.CompareOp.GT,
                new RuleExpr.Fact("dtCpuNodes"),
                new RuleExpr.Symbol("NR_CPUS"))));
    assertEquals(List.of("NR_CPUS (not set in the .config)"), e.missing());
  }

  @Test
  void membershipInAListOfStrings() {
    Evaluation e = eval(Map.of(), Map.of("core", new RuleValue.Str("Cortex-A5")));
    RuleExpr in =
        new RuleExpr.In(
            new RuleExpr.Fact("core"),
            com.google.common.collect.ImmutableList.of(
                new RuleValue.Str("Cortex-A9"), new RuleValue.Str("Cortex-A5")));
    assertEquals(Truth.TRUE, e.truth(in));
  }

  private static RuleExpr lit(RuleValue v) {
    return new RuleExpr.Literal(v);
  }

  private static RuleExpr lit(long n) {
    return new RuleExpr.Literal(new RuleValue.Num(n));
  }

  @Test
  void aRevisionRangeDecidesWhatHoldsForAllOrNoneOfIt() {
    RuleExpr rev = new RuleExpr.Fact("coreRev");
    RuleExpr r3p3 = lit(new RuleValue.Str("r3p3"));
    Map<String, RuleValue> range = Map.of("coreRev", new RuleValue.Str("r1p0..r1p3"));
    Evaluation e = eval(Map.of(), range);
    assertEquals(Truth.TRUE, e.truth(new RuleExpr.Compare(RuleExpr.CompareOp.LE, rev, r3p3)));
    assertEquals(Truth.FALSE, e.truth(new RuleExpr.Compare(RuleExpr.CompareOp.GT, rev, r3p3)));
    assertEquals(Truth.FALSE, e.truth(new RuleExpr.Compare(RuleExpr.CompareOp.EQ, rev, r3p3)));
    assertEquals(List.of(), e.missing());
    RuleExpr r1p2 = lit(new RuleValue.Str("r1p2"));
    assertEquals(Truth.UNKNOWN, e.truth(new RuleExpr.Compare(RuleExpr.CompareOp.LT, rev, r1p2)));
    assertEquals(Truth.UNKNOWN, e.truth(new RuleExpr.Compare(RuleExpr.CompareOp.EQ, rev, r1p2)));
    assertEquals(Truth.UNKNOWN, e.truth(new RuleExpr.Compare(RuleExpr.CompareOp.GE, r1p2, rev)));
    assertEquals(List.of("board.coreRev"), e.missing());
    Evaluation open = eval(Map.of(), Map.of("coreRev", new RuleValue.Str("r3p2..")));
    assertEquals(Truth.FALSE, open.truth(new RuleExpr.Compare(RuleExpr.CompareOp.LT, rev, r1p2)));
    Evaluation list = eval(Map.of(), Map.of("coreRev", new RuleValue.Str("r0p1,r4p1")));
    assertEquals(Truth.UNKNOWN, list.truth(new RuleExpr.Compare(RuleExpr.CompareOp.LE, rev, r3p3)));
    assertEquals(
        Truth.FALSE,
        list.truth(
            new RuleExpr.In(
                rev, com.google.common.collect.ImmutableList.of(new RuleValue.Str("r2p0")))));
  }
}
