package org.kclint.model;

import com.google.common.collect.ImmutableList;

/** What values a scenario parameter takes. */
public sealed interface ParameterType {

  /** Reads a value as written on a command line or in a trace; throws if it does not fit. */
  Value parse(String text);

  /** Whether {@code value} is one of this type's values. */
  boolean accepts(Value value);

  /** The type as written in scenario files, e.g. {@code int 1..8}. */
  String render();

  record Bool() implements ParameterType {
    @Override
    public Value parse(String text) {
      return switch (text) {
        case "true", "y" -> Value.of(true);
        case "false", "n" -> Value.of(false);
        default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
      };
    }

    @Override
    public boolean accepts(Value value) {
      return value instanceof Value.Bool;
    }

    @Override
    public String render() {
      return "bool";
    }
  }

  record Int(int min, int max) implements ParameterType {
    @Override
    public Value parse(String text) {
      int i;
      try {
        i = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' is not a number");
      }
      Value v = Value.of(i);
      if (!accepts(v)) {
        throw new IllegalArgumentException(text + " is outside " + min + ".." + max);
      }
      return v;
    }

    @Override
    public boolean accepts(Value value) {
      return value instanceof Value.Int i && i.value() >= min && i.value() <= max;
    }

    @Override
    public String render() {
      return "int " + min + ".." + max;
    }
  }

  record Enum(ImmutableList<String> names) implements ParameterType {
    @Override
    public Value parse(String text) {
      Value v = Value.ofName(text);
      if (!accepts(v)) {
        throw new IllegalArgumentException(
            "'" + text + "' is not one of " + String.join(", ", names));
      }
      return v;
    }

    @Override
    public boolean accepts(Value value) {
      return value instanceof Value.Name n && names.contains(n.value());
    }

    @Override
    public String render() {
      return "enum { " + String.join(", ", names) + " }";
    }
  }
}
