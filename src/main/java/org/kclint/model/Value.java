package org.kclint.model;

/** The value of a scenario parameter: a boolean, an integer or one name of an enumeration. */
public sealed interface Value {

  /** The value as it is written in scenario files, on the command line and in traces. */
  String render();

  static Value of(boolean b) {
    return new Bool(b);
  }

  static Value of(int i) {
    return new Int(i);
  }

  static Value ofName(String name) {
    return new Name(name);
  }

  record Bool(boolean value) implements Value {
    @Override
    public String render() {
      return Boolean.toString(value);
    }
  }

  record Int(int value) implements Value {
    @Override
    public String render() {
      return Integer.toString(value);
    }
  }

  record Name(String value) implements Value {
    @Override
    public String render() {
      return value;
    }
  }
}
