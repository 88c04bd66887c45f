package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.config.DotConfig;
import org.kclint.diag.Position;

/**
 * A {@code .config} as the rules see it: each symbol's value as conf would read it (the last
 * assignment wins), the line that sets it, and the kernel version from conf's header.
 */
public record ConfigInput(
    DotConfig config,
    ImmutableMap<String, String> values,
    ImmutableMap<String, Position> lines,
    Optional<KernelVersion> headerVersion) {

  public static ConfigInput of(DotConfig config) {
    Map<String, String> values = new HashMap<>();
    Map<String, Position> lines = new HashMap<>();
    Optional<KernelVersion> version = Optional.empty();
    for (DotConfig.Line line : config.lines()) {
      if (line instanceof DotConfig.Assignment a) {
        values.put(a.name(), a.value());
        lines.put(a.name(), a.position());
      } else if (line instanceof DotConfig.Comment c && version.isEmpty()) {
        version = KernelVersion.fromConfigHeader(c.text());
      }
    }
    return new ConfigInput(
        config, ImmutableMap.copyOf(values), ImmutableMap.copyOf(lines), version);
  }

  public SymbolValues symbols() {
    return name -> Optional.ofNullable(values.get(name));
  }

  public Optional<Position> line(String symbol) {
    return Optional.ofNullable(lines.get(symbol));
  }
}
