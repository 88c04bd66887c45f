package org.kclint.rules;

/** How bad a finding is, in the order {@code --fail-on} compares them. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String spelling() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public Severity atMost(Severity other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
