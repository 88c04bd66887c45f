package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.diag.Position;
import org.kclint.rules.Severity;

class SweepSummaryTest {
  private static Finding at(String file, Severity severity) {
    return new Finding(
        "r",
        severity,
        new Position(file, 1, 1),
        java.util.Optional.empty(),
        "m",
        com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.of(),
        java.util.Optional.empty(),
        com.google.common.collect.ImmutableMap.of());
  }

  @Test
  void countsEachConfigsFindingsBySeverityAndTotalsThem() {
    String table =
        SweepSummary.table(
            List.of("a.config", "b_defconfig"),
            List.of(
                at("a.config", Severity.ERROR),
                at("a.config", Severity.WARNING),
                at("b_defconfig", Severity.INFO),
                at("a.config", Severity.WARNING),
                at("b_defconfig", Severity.INFO)
                    .withExtra(Finding.DECIDED, false)
                    .withExtra("undecided", 3L),
                at("b_defconfig", Severity.WARNING).withExtra(Finding.DECIDED, false)));
    assertEquals(
        String.join(
            "\n",
            "config             errors  warnings  info  undecided",
            "a.config                1         2     0          0",
            "b_defconfig             0         0     1          4",
            "total (2 configs)       1         2     1          4",
            ""),
        table);
  }
}
