package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.diag.Position;
import org.kclint.rules.Severity;

class SeverityPolicyTest {
  private static final Finding WARN =
      Finding.of("stale-config", Severity.WARNING, Position.ofLine("a.config", 3), "new symbols");
  private static final Finding INFO =
      Finding.of("mitigated", Severity.INFO, Position.ofLine("a.config", 4), "safe");

  @Test
  void offDropsAndLevelsReplace() {
    SeverityPolicy p =
        new SeverityPolicy(
            ImmutableMap.of(
                "stale-config", Optional.empty(), "mitigated", Optional.of(Severity.ERROR)),
            false,
            ImmutableSet.of());
    assertEquals(Optional.empty(), p.apply(WARN));
    assertEquals(Severity.ERROR, p.apply(INFO).orElseThrow().severity());
  }

  @Test
  void werrorPromotesWarningsButNotInfos() {
    SeverityPolicy all = new SeverityPolicy(ImmutableMap.of(), true, ImmutableSet.of());
    assertEquals(Severity.ERROR, all.apply(WARN).orElseThrow().severity());
    assertEquals(Severity.INFO, all.apply(INFO).orElseThrow().severity());
    SeverityPolicy one = new SeverityPolicy(ImmutableMap.of(), false, ImmutableSet.of("other"));
    assertEquals(Severity.WARNING, one.apply(WARN).orElseThrow().severity());
  }

  @Test
  void laterSettingsWin() {
    SeverityPolicy file =
        new SeverityPolicy(
            ImmutableMap.of("stale-config", Optional.empty()), false, ImmutableSet.of());
    SeverityPolicy cli =
        new SeverityPolicy(
            ImmutableMap.of("stale-config", Optional.of(Severity.WARNING)),
            false,
            ImmutableSet.of("stale-config"));
    assertEquals(Severity.ERROR, file.then(cli).apply(WARN).orElseThrow().severity());
  }

  @Test
  void levelWords() {
    assertEquals(Optional.empty(), SeverityPolicy.level("off"));
    assertEquals(Optional.of(Severity.INFO), SeverityPolicy.level("INFO"));
    assertThrows(IllegalArgumentException.class, () -> SeverityPolicy.level("fatal"));
  }
}
