package org.kclint.rules;

import com.google.common.collect.ImmutableMap;

/**
 * The model scenario that backs a rule, with each parameter bound to an expression over the
 * configuration, the board and the kernel version.
 */
public record ScenarioBinding(String scenario, ImmutableMap<String, RuleExpr> parameters) {}
