package org.kclint.model;

/** The value of a scenario parameter: a boolean, an integer or one name of an enumeration. */
public sealed interface ParamValue {

  /** The value as it is written in scenario files, on the command line and in traces. */
  String render();

  static ParamValue of(boolean b) {
    return new Bool(b);
  }

  static ParamValue of(int i) {
    return new Int(i);
  }

  static ParamValue ofName(String name) {
    return new Name(name);
  }

  record Bool(boolean value) implements ParamValue {
    @Override
    public String render() {
      return Boolean.toString(value);
    }
  }

  record Int(int value) implements ParamValue {
    @Override
    public String render() {
      return Integer.toString(value);
    }
  }

  record Name(String value) implements ParamValue {
    @Override
    public String render() {
      return value;
    }
  }
}
