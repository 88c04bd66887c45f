package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import org.kclint.diag.Position;

/**
 * The model scenario that backs a rule, with each parameter bound to an expression over the
 * configuration, the board and the kernel version, and what the model must find there on the rule's
 * positive case.
 *
 * @param position where the rule names the scenario
 * @param positions where each parameter is bound
 */
public record ScenarioBinding(
    String scenario,
    ImmutableMap<String, RuleExpr> parameters,
    Expect expect,
    Position position,
    ImmutableMap<String, Position> positions) {

  /**
   * {@code expect VIOLATION}: the kind of violation (as traces name it, e.g. {@code deadlock}) the
   * model must find.
   */
  public record Expect(String violation, Position position) {}
}
