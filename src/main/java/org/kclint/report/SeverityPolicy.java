package org.kclint.report;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kclint.rules.Severity;

/**
 * gcc-like control of what each rule reports: {@code RULE=error|warning|info|off} per rule, then
 * {@code -Werror} (every warning an error) or {@code -Werror=RULE} (that rule's warnings only).
 * Infos stay infos under {@code -Werror}, as notes do in gcc.
 *
 * @param levels per rule: the severity to report at, or empty for off
 */
public record SeverityPolicy(
    ImmutableMap<String, Optional<Severity>> levels,
    boolean werror,
    ImmutableSet<String> werrorRules) {

  public static final SeverityPolicy DEFAULT =
      new SeverityPolicy(ImmutableMap.of(), false, ImmutableSet.of());

  /** {@code error|warning|info|off}; empty for off. */
  public static Optional<Severity> level(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(Severity.ERROR);
      case "warning" -> Optional.of(Severity.WARNING);
      case "info" -> Optional.of(Severity.INFO);
      case "off" -> Optional.empty();
      default ->
          throw new IllegalArgumentException(
              "'" + word + "' is not one of error, warning, info, off");
    };
  }

  /** This policy with {@code later}'s settings on top (the command line over the file). */
  public SeverityPolicy then(SeverityPolicy later) {
    Map<String, Optional<Severity>> merged = new LinkedHashMap<>(levels);
    merged.putAll(later.levels);
    Set<String> rules = new LinkedHashSet<>(werrorRules);
    rules.addAll(later.werrorRules);
    return new SeverityPolicy(
        ImmutableMap.copyOf(merged), werror || later.werror, ImmutableSet.copyOf(rules));
  }

  /** The finding at the severity the user wants, or empty when its rule is off. */
  public Optional<Finding> apply(Finding f) {
    Optional<Severity> s =
        levels.containsKey(f.rule()) ? levels.get(f.rule()) : Optional.of(f.severity());
    return s.map(
            severity ->
                severity == Severity.WARNING && (werror || werrorRules.contains(f.rule()))
                    ? Severity.ERROR
                    : severity)
        .map(f::withSeverity);
  }

  /** The rule ids this policy names, to warn about ids no rule has. */
  public ImmutableSet<String> namedRules() {
    return ImmutableSet.<String>builder().addAll(levels.keySet()).addAll(werrorRules).build();
  }
}
