package org.kclint.rules.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.diag.InputException;
import org.kclint.report.ConfigFindings;
import org.kclint.report.KconfigFindings;
import org.kclint.report.RuleInfo;
import org.kclint.report.Waivers;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Severity;

/** The catalogue entries of the checks made in code: their grammar and the shipped entries. */
class CheckEntryTest {
  private static final String GOOD =
      """
      check demo-check {
        severity info
        summary "demo"
        ref file "scripts/kconfig/conf.c:629-662" "check_conf()"
        explain \"""
          Line one.
          \"""
      }
      """;

  private static BuiltInCheck parse(String text) {
    return RuleParser.parseCheck(text.getBytes(StandardCharsets.UTF_8), "t.check", "kconfig");
  }

  @Test
  void readsAnEntry() {
    BuiltInCheck c = parse(GOOD);
    assertEquals("demo-check", c.id());
    assertEquals("kconfig", c.area());
    assertEquals(Severity.INFO, c.severity());
    assertEquals("demo", c.summary());
    assertEquals("scripts/kconfig/conf.c:629-662", c.references().get(0).target());
    assertEquals("Line one.", c.explanation());
    assertEquals("t.check:1:7", c.position().toString());
  }

  @Test
  void aCheckHasNoCondition() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> parse(GOOD.replace("  severity info\n", "  severity info\n  when SMP\n")));
    assertEquals(
        "a check has only severity, summary, ref and explain clauses, not 'when'", e.getMessage());
    assertEquals("t.check:3:3", e.position().toString());
  }

  @Test
  void aCheckNeedsItsSummary() {
    InputException e =
        assertThrows(InputException.class, () -> parse(GOOD.replace("  summary \"demo\"\n", "")));
    assertEquals("check has no 'summary' clause", e.getMessage());
    assertEquals(7, e.position().line());
  }

  @Test
  void theShippedEntriesAreTheKconfigWaiverAndConfigTextChecks() {
    assertEquals(
        List.of(
            "choice-conflict",
            "duplicate-assignment",
            "invalid-value",
            "kconfig-parse-warning",
            "not-user-settable",
            "recursive-dependency",
            "stale-config",
            "unknown-symbol",
            "unmet-dependency",
            "value-dropped"),
        KconfigFindings.rules().stream().map(RuleInfo::id).toList());
    assertEquals(
        List.of("unused-waiver", "waiver-without-reason"),
        Waivers.rules().stream().map(RuleInfo::id).toList());
    assertEquals(
        List.of("unreadable-line"), ConfigFindings.rules().stream().map(RuleInfo::id).toList());
    for (BuiltInCheck c : RuleFiles.shippedChecks()) {
      assertEquals("rules/catalogue/" + c.area() + "/" + c.id() + ".check", c.position().file());
      if (c.area().equals(RuleInfo.KCONFIG)) {
        // Each Kconfig check cites conf's code that does what it reports.
        assertEquals(false, c.references().isEmpty(), c.id());
      }
    }
    assertEquals(
        Severity.ERROR,
        RuleFiles.shippedCheck("invalid-value").orElseThrow().severity(),
        "conf ignores the whole line");
  }
}
