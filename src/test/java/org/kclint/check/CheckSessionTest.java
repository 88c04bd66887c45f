package org.kclint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.report.Finding;
import org.kclint.report.ReportFormat;
import org.kclint.report.SeverityPolicy;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Severity;
import org.kclint.rules.parse.RuleFiles;

/** One session, one tree read, many configs given as named texts; then the run's report. */
class CheckSessionTest {
  private static final CheckRequest BASIC =
      CheckRequest.defaults().withTree(KconfigSource.of(Path.of("testdata/resolve/basic"), "test"));

  @Test
  void checksManyTextsAgainstOneTree() {
    List<String> warnings = new ArrayList<>();
    CheckSession session = CheckSession.open(BASIC, warnings::add);
    CheckedConfig first = session.check(ConfigSource.text("a.config", "CONFIG_ETH=m\n"));
    CheckedConfig second =
        session.check(ConfigSource.text("b.config", "CONFIG_NET=y\nCONFIG_BUFFERS=abc\n"));
    Finding dropped = only(first, "value-dropped");
    assertEquals("a.config", dropped.position().file());
    assertEquals(1, dropped.position().line());
    assertEquals(Optional.of("ETH"), dropped.symbol());
    Finding invalid = only(second, "invalid-value");
    assertEquals(2, invalid.position().line());
    assertEquals(Severity.ERROR, invalid.severity());
    assertTrue(second.findings().stream().noneMatch(f -> f.position().file().equals("a.config")));
  }

  /**
   * An editor's quick check (each keystroke) gives the findings a full check gives, at the same
   * places and severities, without the fixes, whose proof re-resolves the config.
   */
  @Test
  void aQuickCheckFindsTheSameWithoutProvingFixes() {
    CheckSession session = CheckSession.open(CheckRequest.defaults(), w -> {});
    CheckedConfig full = session.check(ConfigSource.example(), false, true);
    CheckedConfig quick = session.check(ConfigSource.example(), false, false);
    assertEquals(placesOf(full), placesOf(quick));
    assertTrue(full.findings().stream().anyMatch(f -> !f.fixes().isEmpty()));
    assertTrue(quick.findings().stream().allMatch(f -> f.fixes().isEmpty()));
  }

  private static List<String> placesOf(CheckedConfig checked) {
    return checked.findings().stream()
        .map(f -> f.rule() + " " + f.position() + " " + f.severity())
        .toList();
  }

  @Test
  void aDuplicateNamesItsEarlierLine() {
    CheckSession session = CheckSession.open(BASIC, w -> {});
    Finding dup =
        only(
            session.check(ConfigSource.text("c.config", "CONFIG_NET=y\nCONFIG_NET=y\n")),
            "duplicate-assignment");
    assertEquals(2, dup.position().line());
    assertEquals(1, dup.related().get(0).line());
  }

  @Test
  void theReportAppliesWaiversInATextAndTheSeverityPolicy() {
    Policy policy =
        new Policy(
            new SeverityPolicy(
                ImmutableMap.of("invalid-value", Optional.of(Severity.INFO)),
                false,
                ImmutableSet.of()),
            Optional.of(Severity.ERROR),
            Optional.empty());
    CheckSession session = CheckSession.open(BASIC.withPolicy(policy), w -> {});
    CheckedConfig checked =
        session.check(
            ConfigSource.text(
                "d.config",
                "# kclint: ignore value-dropped the board has no network\n"
                    + "CONFIG_ETH=m\n"
                    + "CONFIG_BUFFERS=abc\n"));
    CheckReport report = session.report(List.of(checked));
    List<String> dropped =
        report.report().findings().stream()
            .filter(f -> f.rule().equals("value-dropped"))
            .map(f -> f.symbol().orElseThrow())
            .toList();
    assertEquals(List.of("BUFFERS"), dropped, "the waiver covers the next line only");
    Finding invalid =
        report.report().findings().stream()
            .filter(f -> f.rule().equals("invalid-value"))
            .findFirst()
            .orElseThrow();
    assertEquals(Severity.INFO, invalid.severity());
    assertEquals(List.of("d.config"), report.report().inputs());
    assertFalse(report.report().failed(), "nothing at error left");
  }

  @Test
  void sarifAndJunitDescribeTheKconfigChecksFromTheirCatalogueEntries() throws Exception {
    CheckSession session = CheckSession.open(BASIC, w -> {});
    CheckReport report =
        session.report(List.of(session.check(ConfigSource.text("e.config", "CONFIG_ETH=m\n"))));
    BuiltInCheck entry = RuleFiles.shippedCheck("value-dropped").orElseThrow();
    JsonNode rules =
        new ObjectMapper()
            .readTree(ReportFormat.Kind.SARIF.formatter(false).render(report.report()))
            .at("/runs/0/tool/driver/rules");
    JsonNode rule = null;
    for (JsonNode r : rules) {
      if (r.get("id").asText().equals("value-dropped")) {
        rule = r;
      }
    }
    assertEquals(entry.summary(), rule.at("/shortDescription/text").asText());
    assertEquals(entry.explanation(), rule.at("/help/text").asText());
    assertEquals("warning", rule.at("/defaultConfiguration/level").asText());
    String junit = ReportFormat.Kind.JUNIT.formatter(false).render(report.report());
    for (BuiltInCheck c : RuleFiles.shippedChecks()) {
      if (c.area().equals("kconfig")) {
        assertTrue(junit.contains("<testcase name=\"" + c.id() + "\""), c.id());
      }
    }
  }

  private static Finding only(CheckedConfig checked, String rule) {
    List<Finding> found = checked.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
