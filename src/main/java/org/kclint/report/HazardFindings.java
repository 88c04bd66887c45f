package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;
import org.kclint.diag.Position;
import org.kclint.rules.Fix;
import org.kclint.rules.Verdict;

/** A rule engine verdict as a report finding: the rule's fixes located at their .config lines. */
public final class HazardFindings {
  private HazardFindings() {}

  /**
   * @param lines where each symbol is set in the {@code .config}, to point fixes at
   */
  public static Finding of(Verdict v, Function<String, Optional<Position>> lines) {
    ImmutableList.Builder<String> detail = ImmutableList.builder();
    detail.add("status: " + v.status().name().toLowerCase(java.util.Locale.ROOT));
    if (!v.missing().isEmpty()) {
      detail.add("unknown: " + String.join(", ", v.missing()));
    }
    for (Verdict.FixCaveat c : v.caveats()) {
      detail.add("fix " + c.fix().changesText() + " " + c.note());
    }
    for (Verdict.RejectedFix r : v.rejected()) {
      detail.add(
          "not offered: "
              + r.fix().description()
              + " ("
              + r.fix().changesText()
              + "): "
              + r.reason());
    }
    v.scenario()
        .ifPresent(s -> detail.add("model scenario: " + s.scenario() + " " + s.parameters()));
    Finding f =
        Finding.of(v.rule().id(), v.severity(), v.position(), v.message())
            .withDetail(detail.build())
            .withRelated(v.related())
            .withFixes(
                v.fixes().stream()
                    .map(fix -> located(fix, lines))
                    .collect(ImmutableList.toImmutableList()))
            .withReferences(v.rule().references());
    return v.rule().blame().isEmpty() ? f : f.withSymbol(v.rule().blame().get(0));
  }

  private static SuggestedFix located(Fix fix, Function<String, Optional<Position>> lines) {
    return new SuggestedFix(
        fix.description(),
        fix.changes().entrySet().stream()
            .map(e -> new SuggestedFix.Change(e.getKey(), e.getValue(), lines.apply(e.getKey())))
            .collect(ImmutableList.toImmutableList()));
  }
}
