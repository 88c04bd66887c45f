package org.kclint.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole number, at least one, from the command line (a usage error otherwise). */
final class PositiveCount implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    return (int) parse(value, "", Integer.MAX_VALUE);
  }

  /** {@code value} as a whole number from 1 to {@code max}; {@code unit} names it in errors. */
  static long parse(String value, String unit, long max) {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number" + unit);
    }
    if (n < 1 || n > max) {
      throw new TypeConversionException(
          "'" + value + "' is not a whole number" + unit + " from 1 to " + max);
    }
    return n;
  }
}
