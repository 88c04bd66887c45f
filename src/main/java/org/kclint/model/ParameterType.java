package org.kclint.model;

import com.google.common.collect.ImmutableList;

/** What values a scenario parameter takes. */
public sealed interface ParameterType {

  /** Reads a value as written on a command line or in a trace; throws if it does not fit. */
  ParamValue parse(String text);

  /** Whether {@code value} is one of this type's values. */
  boolean accepts(ParamValue value);

  /** The type as written in scenario files, e.g. {@code int 1..8}. */
  String render();

  record Bool() implements ParameterType {
    @Override
    public ParamValue parse(String text) {
      return switch (text) {
        case "true", "y" -> ParamValue.of(true);
        case "false", "n" -> ParamValue.of(false);
        default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
      };
    }

    @Override
    public boolean accepts(ParamValue value) {
      return value instanceof ParamValue.Bool;
    }

    @Override
    public String render() {
      return "bool";
    }
  }

  record Int(int min, int max) implements ParameterType {
    @Override
    public ParamValue parse(String text) {
      int i;
      try {
        i = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' is not a number");
      }
      ParamValue v = ParamValue.of(i);
      if (!accepts(v)) {
        throw new IllegalArgumentException(text + " is outside " + min + ".." + max);
      }
      return v;
    }

    @Override
    public boolean accepts(ParamValue value) {
      return value instanceof ParamValue.Int i && i.value() >= min && i.value() <= max;
    }

    @Override
    public String render() {
      return "int " + min + ".." + max;
    }
  }

  record Enum(ImmutableList<String> names) implements ParameterType {
    @Override
    public ParamValue parse(String text) {
      ParamValue v = ParamValue.ofName(text);
      if (!accepts(v)) {
        throw new IllegalArgumentException(
            "'" + text + "' is not one of " + String.join(", ", names));
      }
      return v;
    }

    @Override
    public boolean accepts(ParamValue value) {
      return value instanceof ParamValue.Name n && names.contains(n.value());
    }

    @Override
    public String render() {
      return "enum { " + String.join(", ", names) + " }";
    }
  }
}
