package org.kclint.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * A counterexample: the model version and scenario it was found with, every parameter's value, the
 * initial state in words, the steps from it, and the violation they reach.
 */
public record Trace(
    String modelVersion,
    String scenario,
    String summary,
    String initialState,
    ImmutableMap<String, ParamValue> parameters,
    ImmutableList<Step> steps,
    Violation violation) {}
