package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kclint.report.Finding;
import org.kclint.rules.ConfigInput;
import org.kclint.rules.Severity;
import org.kclint.rules.Verdict;

/**
 * One config checked: conf's differences (with a tree) and the hazard rules' results, on the one
 * board given or on each board the config builds.
 *
 * @param undecided how rules that hang on unknown facts are shown
 */
public record CheckedConfig(
    ConfigSource source,
    ConfigInput config,
    ImmutableList<Finding> kconfigFindings,
    ImmutableList<OnBoard> hazards,
    Undecided undecided) {

  /**
   * A rule's result on one board.
   *
   * @param board the device tree, when the config is checked on each board it builds
   */
  public record OnBoard(Optional<Path> board, HazardCheck.Result result) {}

  /** The name findings give the config. */
  public String name() {
    return config.config().file();
  }

  /**
   * Everything found, as report findings with their positions, related lines and fixes: the Kconfig
   * checks', then each decided hazard with the model's trace or its all-clear; the undecided ones
   * as {@link #undecided} says (by default one {@code missing-facts} note per board).
   */
  public ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.<Finding>builder().addAll(kconfigFindings);
    Map<Optional<Path>, List<Verdict>> waiting = new LinkedHashMap<>();
    for (OnBoard r : hazards) {
      Verdict v = r.result().verdict();
      if (v.status() != Verdict.Status.UNKNOWN) {
        all.add(onBoard(r.board(), HazardCheck.finding(r.result(), config::line)));
        continue;
      }
      switch (undecided) {
        case SUMMARY -> waiting.computeIfAbsent(r.board(), b -> new ArrayList<>()).add(v);
        case NOTE, WARNING -> {
          Finding f =
              HazardCheck.finding(r.result(), config::line).withExtra(Finding.DECIDED, false);
          all.add(
              onBoard(r.board(), undecided == Undecided.NOTE ? f.withSeverity(Severity.INFO) : f));
        }
        case OFF -> {}
      }
    }
    waiting.forEach(
        (board, verdicts) -> all.add(onBoard(board, MissingFacts.note(name(), verdicts))));
    return all.build();
  }

  private static Finding onBoard(Optional<Path> board, Finding f) {
    return board.map(b -> f.onBoard(b.getFileName().toString(), b.toString())).orElse(f);
  }
}
