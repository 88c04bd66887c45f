package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.Position;

/**
 * A {@code .config} as the rules see it: each symbol's value as conf would read it (the last
 * assignment wins), the line that sets it, the kernel version from conf's header, and whether it is
 * a whole config (conf's header) or a fragment, where a symbol left out is unknown, not n.
 */
public record ConfigInput(
    DotConfig config,
    ImmutableMap<String, String> values,
    ImmutableMap<String, Position> lines,
    Optional<KernelVersion> headerVersion,
    boolean whole) {

  public static ConfigInput of(DotConfig config) {
    Map<String, String> values = new HashMap<>();
    Map<String, Position> lines = new HashMap<>();
    Optional<KernelVersion> version = Optional.empty();
    boolean whole = false;
    for (DotConfig.Line line : config.lines()) {
      if (line instanceof DotConfig.Assignment a) {
        values.put(a.name(), a.value());
        lines.put(a.name(), a.position());
      } else if (line instanceof DotConfig.Comment c) {
        if (version.isEmpty()) {
          version = KernelVersion.fromConfigHeader(c.text());
        }
        whole |= version.isPresent() || c.text().strip().equals(DotConfigWriter.GENERATED);
      }
    }
    return new ConfigInput(
        config, ImmutableMap.copyOf(values), ImmutableMap.copyOf(lines), version, whole);
  }

  public SymbolValues symbols() {
    return new SymbolValues() {
      @Override
      public Optional<String> value(String symbol) {
        return Optional.ofNullable(values.get(symbol));
      }

      @Override
      public boolean complete() {
        return whole;
      }
    };
  }

  public Optional<Position> line(String symbol) {
    return Optional.ofNullable(lines.get(symbol));
  }
}
