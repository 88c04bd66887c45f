package org.kclint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.report.Finding;
import org.kclint.report.SeverityPolicy;
import org.kclint.rules.Severity;

/**
 * Rules about a core are asked of the CPUs that are that core (issue 13, item 2), and rules that
 * hang on an unknown fact are one missing-facts note unless asked for one by one (item 3).
 */
class ClusterAndUndecidedTest {
  /** An SMP v7 kernel without any Cortex-A9 or A15 erratum workaround. */
  private static final String BARE =
      "CONFIG_CPU_V7=y\nCONFIG_SMP=y\nCONFIG_HAVE_SMP=y\nCONFIG_NR_CPUS=4\n"
          + "# CONFIG_ARM_ERRATA_798181 is not set\n# CONFIG_ARM_ERRATA_754322 is not set\n";

  private static List<Finding> check(String dts, Undecided undecided) {
    CheckRequest request =
        CheckRequest.defaults()
            .withKernelVersion("6.1.0")
            .withBoard(BoardSource.dts(Path.of("testdata/board/facts", dts), List.of()))
            .withPolicy(
                new Policy(SeverityPolicy.DEFAULT, Optional.of(Severity.ERROR), Optional.empty())
                    .withUndecided(undecided));
    CheckSession session = CheckSession.open(request, w -> {});
    return session.check(ConfigSource.text("bare.config", BARE)).findings();
  }

  @Test
  void aBigLittleBoardGetsItsA15FindingAndNoA9OneEvenUndecided() {
    List<Finding> all = check("big-little.dts", Undecided.WARNING);
    assertTrue(
        all.stream()
            .anyMatch(
                f ->
                    f.rule().equals("cortex-a15-798181-tlbi-dsb-without-workaround")
                        && f.decided()),
        all.toString());
    assertTrue(all.stream().noneMatch(f -> f.rule().startsWith("cortex-a9")), all.toString());
  }

  @Test
  void aRevisionFromTheSocDatabaseDecidesAnA9Rule() {
    // The V2P-CA9 tile is a Cortex-A9 r0p1 (arm.socs): 754322 affects r2p0..r3p*, so not this one.
    List<Finding> all = check("soc-vexpress-ca9.dts", Undecided.WARNING);
    assertTrue(all.stream().noneMatch(f -> f.rule().contains("754322")), all.toString());
  }

  @Test
  void undecidedRulesAreOneNoteByDefaultAndNeverFail() {
    List<Finding> all = check("unknown-core.dts", Undecided.SUMMARY);
    List<Finding> notes = all.stream().filter(f -> !f.decided()).toList();
    assertEquals(1, notes.size(), all.toString());
    Finding note = notes.get(0);
    assertEquals("missing-facts", note.rule());
    assertEquals(Severity.INFO, note.severity());
    assertTrue(note.position().wholeFile());
    assertTrue(
        note.detail().stream()
            .anyMatch(d -> d.startsWith("board.core: ") && d.contains("'core = <text>'")),
        note.detail().toString());
    List<Finding> each = check("unknown-core.dts", Undecided.WARNING);
    assertTrue(each.stream().filter(f -> !f.decided()).count() > 1, each.toString());
    assertTrue(
        each.stream().filter(f -> !f.decided()).allMatch(f -> f.severity() == Severity.WARNING));
    assertFalse(check("unknown-core.dts", Undecided.OFF).stream().anyMatch(f -> !f.decided()));
  }
}
