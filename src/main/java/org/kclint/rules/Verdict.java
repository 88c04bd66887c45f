package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * What one rule says about one configuration on one board.
 *
 * @param position the {@code .config} line of the first blamed symbol the file sets
 * @param related the lines of the other blamed symbols
 * @param missing the unknowns an {@link Status#UNKNOWN} verdict depends on
 * @param fixes the rule's fixes that were applied, re-resolved and re-evaluated and held
 * @param rejected the rule's fixes that did not hold, with the reason
 * @param caveats what an offered fix may raise, depending on unknowns
 * @param scenario the backing scenario with its parameters, when all of them are known
 */
public record Verdict(
    Rule rule,
    Status status,
    Severity severity,
    String message,
    Position position,
    ImmutableList<Position> related,
    ImmutableList<String> missing,
    ImmutableList<Fix> fixes,
    ImmutableList<RejectedFix> rejected,
    ImmutableList<FixCaveat> caveats,
    Optional<ScenarioCall> scenario) {

  public enum Status {
    /** The condition holds: the hazard is real on this board. */
    HAZARD,
    /** The condition may hold; it depends on facts nobody gave. */
    UNKNOWN,
    /** The configuration is wrong, but this board never triggers the hazard. */
    LATENT,
    /** The combination is present, but this kernel carries a mitigation. */
    MITIGATED
  }

  public record RejectedFix(Fix fix, String reason) {}

  /** An offered fix that would make another rule depend on a fact nobody gave. */
  public record FixCaveat(Fix fix, String note) {}

  /** A scenario with every parameter evaluated. */
  public record ScenarioCall(String scenario, ImmutableMap<String, RuleValue> parameters) {}
}
