package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.diag.Position;
import org.kclint.rules.Severity;

class WaiversTest {
  private static final String FILE = "testdata/report/waivers/waived.config";
  private static final Waivers WAIVERS = Waivers.read(FILE, Path.of(FILE));

  private static Finding at(String rule, int line) {
    return Finding.of(rule, Severity.ERROR, Position.ofLine(FILE, line), rule);
  }

  private static List<String> apply(Finding... findings) {
    return WAIVERS.apply(List.of(findings)).stream()
        .map(f -> f.rule() + "@" + f.position().line())
        .toList();
  }

  @Test
  void waiverCoversTheNextAssignmentAcrossBlankLines() {
    assertEquals(
        List.of("waiver-without-reason@6", "unused-waiver@7"),
        apply(
            at("smp-highmem-no-hw-tlb-bcast-kmap-deadlock", 5),
            at("nr-cpus-less-than-dt-cpus", 6)));
  }

  @Test
  void waiverCoversOnlyTheRulesItNames() {
    assertEquals(
        List.of(
            "smp-highmem-no-hw-tlb-bcast-kmap-deadlock@2",
            "unused-waiver@3",
            "waiver-without-reason@6",
            "unused-waiver@6",
            "unused-waiver@7"),
        apply(at("smp-highmem-no-hw-tlb-bcast-kmap-deadlock", 2)));
  }

  @Test
  void waiverOnAnotherFileDoesNotApply() {
    Finding elsewhere =
        Finding.of("stale-config", Severity.ERROR, Position.ofLine("other.config", 6), "x");
    assertEquals(elsewhere, WAIVERS.apply(List.of(elsewhere)).get(0));
  }
}
