package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import org.kclint.diag.Position;

/**
 * The model scenario that backs a rule, with each parameter bound to an expression over the
 * configuration, the board and the kernel version.
 *
 * @param position where the rule names the scenario
 * @param positions where each parameter is bound
 */
public record ScenarioBinding(
    String scenario,
    ImmutableMap<String, RuleExpr> parameters,
    Position position,
    ImmutableMap<String, Position> positions) {}
