package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kclint.board.Fact;
import org.kclint.diag.Position;
import org.kclint.report.Finding;
import org.kclint.rules.Evaluation;
import org.kclint.rules.Severity;
import org.kclint.rules.Verdict;

/**
 * The one note a config gets on a board for all its undecided rules: each unknown they hang on, the
 * rules waiting on it, and what would settle it (a facts-file line such as {@code coreRev = r2p10},
 * or {@code --kernel-version}).
 */
final class MissingFacts {
  /** The note's rule id. */
  static final String RULE = "missing-facts";

  private MissingFacts() {}

  static Finding note(String config, List<Verdict> undecided) {
    Map<String, Set<String>> waiting = new LinkedHashMap<>();
    for (Verdict v : undecided) {
      for (String unknown : v.missing()) {
        waiting.computeIfAbsent(unknown, k -> new LinkedHashSet<>()).add(v.rule().id());
      }
    }
    ImmutableList.Builder<String> detail = ImmutableList.builder();
    waiting.forEach(
        (unknown, rules) ->
            detail.add(unknown + ": " + String.join(", ", rules) + "; " + settle(unknown)));
    long rules = undecided.stream().map(v -> v.rule().id()).distinct().count();
    return Finding.of(
            RULE,
            Severity.INFO,
            new Position(config, 0, 0),
            rules
                + (rules == 1 ? " rule" : " rules")
                + " undecided for want of "
                + String.join(", ", waiting.keySet()))
        .withDetail(detail.build())
        .withExtra(Finding.DECIDED, false)
        .withExtra("undecided", rules);
  }

  /** What would settle one unknown. */
  private static String settle(String unknown) {
    if (unknown.equals(Evaluation.KERNEL_VERSION)) {
      return "settle with --kernel-version RELEASE";
    }
    return Fact.named(unknown)
        .map(
            f ->
                "settle with the line '"
                    + f.key()
                    + " = "
                    + f.example()
                    + "' in --board-facts FILE")
        .orElse("settle by setting it");
  }
}
