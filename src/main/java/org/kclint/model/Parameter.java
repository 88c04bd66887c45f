package org.kclint.model;

/**
 * A scenario parameter: the rule engine binds it from Kconfig symbols, board facts and the kernel
 * version; unbound parameters take their default.
 */
public record Parameter(
    String name, ParameterType type, ParamValue defaultValue, String description) {}
