package org.kclint.check;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kclint.diag.Position;
import org.kclint.report.SeverityPolicy;
import org.kclint.rules.Severity;

/**
 * What a run reports and when it fails: the severity settings, the threshold, the baseline.
 *
 * @param failOn the severity at which the run fails; empty: it never fails
 * @param baseline findings accepted earlier, reported no more
 * @param ruleNames where a settings file names a rule, to point at a name no rule has
 * @param undecided how findings that hang on unknown facts are shown
 */
public record Policy(
    SeverityPolicy severities,
    Optional<Severity> failOn,
    Optional<Path> baseline,
    ImmutableMap<String, Position> ruleNames,
    Undecided undecided) {

  /** Every rule at its own severity, failing on errors, no baseline, undecided ones summarised. */
  public static final Policy DEFAULT =
      new Policy(SeverityPolicy.DEFAULT, Optional.of(Severity.ERROR), Optional.empty());

  /**
   * A settings file's policy with a command line's on top, from the words the user wrote.
   *
   * @param severity {@code RULE=LEVEL} settings (error, warning, info or off)
   * @param werrorAll every warning is an error ({@code -Werror})
   * @param werror the rules whose warnings are errors ({@code -Werror=RULE})
   * @param failOn the level at which the run fails, or none; empty: the file's, else error
   * @param baseline findings accepted earlier
   * @throws BadRequest naming the option of a word that is no level
   */
  public static Policy of(
      ProjectSettings settings,
      Map<String, String> severity,
      boolean werrorAll,
      Set<String> werror,
      Optional<String> failOn,
      Optional<Path> baseline) {
    Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
    severity.forEach((rule, level) -> levels.put(rule, level(level, "--severity " + rule)));
    SeverityPolicy severities =
        settings
            .policy()
            .then(
                new SeverityPolicy(
                    ImmutableMap.copyOf(levels), werrorAll, ImmutableSet.copyOf(werror)));
    return new Policy(
        severities,
        failOn.isPresent()
            ? failOn.get().equalsIgnoreCase("none")
                ? Optional.empty()
                : Optional.of(
                    level(failOn.get(), "--fail-on")
                        .orElseThrow(
                            () -> new BadRequest("--fail-on takes error, warning, info or none")))
            : Optional.of(settings.failOn().orElse(Severity.ERROR)),
        baseline,
        settings.ruleNames(),
        Undecided.SUMMARY);
  }

  private static Optional<Severity> level(String word, String option) {
    try {
      return SeverityPolicy.level(word);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(option + ": " + e.getMessage());
    }
  }

  /** Settings from the command line alone, which have no positions. */
  public Policy(SeverityPolicy severities, Optional<Severity> failOn, Optional<Path> baseline) {
    this(severities, failOn, baseline, ImmutableMap.of(), Undecided.SUMMARY);
  }

  public Policy withUndecided(Undecided mode) {
    return new Policy(severities, failOn, baseline, ruleNames, mode);
  }
}
