package org.kclint.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kclint.diag.Position;

/**
 * What exploring a scenario must find, as its file states it ({@code expect ...}): a violation of a
 * kind, or none; with the parameters {@code given}, the others at their defaults.
 *
 * @param fromCpus the fewest CPUs that show the violation; with fewer the scenario must be safe
 */
public record Expectation(
    Optional<Violation.Kind> violation,
    ImmutableMap<String, ParamValue> given,
    int fromCpus,
    Position position) {

  /** What exploring with {@code cpus} CPUs must find: the violation, or empty for none. */
  public Optional<Violation.Kind> at(int cpus) {
    return cpus >= fromCpus ? violation : Optional.empty();
  }

  /** As written in the file, for test names. */
  @Override
  public String toString() {
    return "expect "
        + violation.map(Violation.Kind::id).orElse(SAFE)
        + (given.isEmpty()
            ? ""
            : given.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue().render())
                .collect(Collectors.joining(", ", " with ", "")))
        + (fromCpus > 1 ? " from " + fromCpus + " cpus" : "");
  }

  /** How a file says the scenario must explore completely with no violation. */
  public static final String SAFE = "safe";
}
