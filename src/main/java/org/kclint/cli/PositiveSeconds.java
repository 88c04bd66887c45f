package org.kclint.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole number of seconds, at least one, from the command line (a usage error otherwise). */
final class PositiveSeconds implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    long seconds;
    try {
      seconds = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number of seconds");
    }
    if (seconds < 1) {
      throw new TypeConversionException("'" + value + "' is not at least one second");
    }
    return Duration.ofSeconds(seconds);
  }
}
