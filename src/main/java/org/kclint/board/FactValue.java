package org.kclint.board;

/** A known board fact: a boolean, an integer or a text, and where it came from. */
public sealed interface FactValue {
  FactSource source();

  /** The value as the fact file would write it. */
  String text();

  record Bool(boolean value, FactSource source) implements FactValue {
    @Override
    public String text() {
      return Boolean.toString(value);
    }
  }

  record Int(long value, FactSource source) implements FactValue {
    @Override
    public String text() {
      return Long.toString(value);
    }
  }

  record Text(String value, FactSource source) implements FactValue {
    @Override
    public String text() {
      return value;
    }
  }
}
