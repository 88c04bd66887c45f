package org.kclint.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** A whole number of seconds, at least one, from the command line (a usage error otherwise). */
final class PositiveSeconds implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return Duration.ofSeconds(PositiveCount.parse(value, " of seconds", Long.MAX_VALUE / 1000));
  }
}
