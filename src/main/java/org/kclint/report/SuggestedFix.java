package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kclint.diag.Position;

/** A fix as a report shows it: what it does, and the {@code .config} lines it writes. */
public record SuggestedFix(String description, ImmutableList<Change> changes) {

  /**
   * Give {@code symbol} the {@code value}; {@code line} is the {@code .config} line that sets it
   * now, empty when the file does not mention it (the line is then added).
   */
  public record Change(String symbol, String value, Optional<Position> line) {

    /** The {@code .config} line that states the new value, as the kernel's tools write it. */
    public String configLine() {
      return value.equals("n")
          ? "# CONFIG_" + symbol + " is not set"
          : "CONFIG_" + symbol + "=" + value;
    }
  }

  /** {@code CONFIG_HIGHMEM=n, CONFIG_SMP=n}: the changes as a porter would type them. */
  public String changesText() {
    return changes.stream()
        .map(c -> "CONFIG_" + c.symbol() + "=" + c.value())
        .collect(Collectors.joining(", "));
  }
}
