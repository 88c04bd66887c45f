package org.kclint.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * A model scenario as written in a {@code .scn} file: its parameters with their defaults, the
 * shared resources, the initial state and the processes. Every scenario has the integer parameter
 * {@value #CPUS}, the number of CPUs.
 *
 * @param source where the scenario was read from, as diagnostics name it
 * @param init operations applied before exploration; per-CPU ones apply to every CPU
 * @param expectations what exploring it must find, as its file states it
 */
public record Scenario(
    String name,
    String summary,
    String source,
    ImmutableList<Parameter> parameters,
    ImmutableMap<ResourceKind, ImmutableList<String>> resources,
    ImmutableList<Statement> init,
    ImmutableList<ProcessDecl> processes,
    ImmutableList<Expectation> expectations) {

  /** The parameter every scenario has: how many CPUs the model runs. */
  public static final String CPUS = "cpus";

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public ImmutableList<String> resources(ResourceKind kind) {
    return resources.getOrDefault(kind, ImmutableList.of());
  }

  /**
   * Every parameter's value, in declaration order: the given one where there is one, else the
   * default.
   *
   * @throws IllegalArgumentException naming a parameter the scenario does not have, or a value
   *     outside its type
   */
  public ImmutableMap<String, ParamValue> bind(Map<String, ParamValue> given) {
    for (Map.Entry<String, ParamValue> e : given.entrySet()) {
      Parameter p = known(e.getKey());
      if (!p.type().accepts(e.getValue())) {
        throw new IllegalArgumentException(
            "parameter "
                + p.name()
                + " is "
                + p.type().render()
                + ", not "
                + e.getValue().render());
      }
    }
    ImmutableMap.Builder<String, ParamValue> bound = ImmutableMap.builder();
    for (Parameter p : parameters) {
      bound.put(p.name(), given.getOrDefault(p.name(), p.defaultValue()));
    }
    return bound.buildOrThrow();
  }

  /**
   * Reads {@code K=V} values given as text (command line, trace files) against the parameter types.
   *
   * @throws IllegalArgumentException for an unknown parameter or a value outside its type
   */
  public ImmutableMap<String, ParamValue> parse(Map<String, String> given) {
    ImmutableMap.Builder<String, ParamValue> values = ImmutableMap.builder();
    for (Map.Entry<String, String> e : given.entrySet()) {
      Parameter p = known(e.getKey());
      try {
        values.put(p.name(), p.type().parse(e.getValue()));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException("parameter " + p.name() + ": " + bad.getMessage());
      }
    }
    return values.buildOrThrow();
  }

  private Parameter known(String parameter) {
    return parameter(parameter)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "scenario "
                        + name
                        + " has no parameter '"
                        + parameter
                        + "'; it has "
                        + String.join(", ", parameters.stream().map(Parameter::name).toList())));
  }
}
