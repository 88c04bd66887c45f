package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import java.util.stream.Collectors;

/** A concrete change to the configuration: symbols and the values to give them. */
public record Fix(String description, ImmutableMap<String, String> changes) {

  /** {@code HIGHMEM=n, SMP=n}: the changes as a porter would type them. */
  public String changesText() {
    return changes.entrySet().stream()
        .map(e -> "CONFIG_" + e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
