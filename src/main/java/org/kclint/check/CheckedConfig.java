package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Optional;
import org.kclint.report.Finding;
import org.kclint.rules.ConfigInput;

/**
 * One config checked: conf's differences (with a tree) and the hazard rules' results, on the one
 * board given or on each board the config builds.
 */
public record CheckedConfig(
    ConfigSource source,
    ConfigInput config,
    ImmutableList<Finding> kconfigFindings,
    ImmutableList<OnBoard> hazards) {

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
   * checks', then each hazard with the model's trace or its all-clear.
   */
  public ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.<Finding>builder().addAll(kconfigFindings);
    for (OnBoard r : hazards) {
      Finding f = HazardCheck.finding(r.result(), config::line);
      all.add(r.board().map(b -> f.onBoard(b.getFileName().toString(), b.toString())).orElse(f));
    }
    return all.build();
  }
}
