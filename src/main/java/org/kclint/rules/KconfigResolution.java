package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.config.ConfigDocument;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.Position;
import org.kclint.resolve.Resolver;

/**
 * The input resolved against a Kconfig tree, as conf would write it; a fix's changes are appended
 * to the input (conf lets the later assignment win) and resolved again.
 */
public final class KconfigResolution implements ConfigResolver {
  private final Resolver resolver;
  private final DotConfig input;
  private final Resolver.Mode mode;
  private final Map<Map<String, String>, SymbolValues> cache = new HashMap<>();

  public KconfigResolution(Resolver resolver, DotConfig input, Resolver.Mode mode) {
    this.resolver = resolver;
    this.input = input;
    this.mode = mode;
  }

  /**
   * As above, with {@code resolvedInput} already known to be what conf writes for the input
   * unchanged (a check has just resolved it), so it is not resolved a second time.
   */
  public KconfigResolution(
      Resolver resolver, DotConfig input, Resolver.Mode mode, ConfigDocument resolvedInput) {
    this(resolver, input, mode);
    cache.put(ImmutableMap.of(), valuesOf(resolvedInput));
  }

  @Override
  public synchronized SymbolValues resolve(Map<String, String> changes) {
    ImmutableMap<String, String> key = ImmutableMap.copyOf(changes);
    return cache.computeIfAbsent(key, this::resolveNow);
  }

  private SymbolValues resolveNow(Map<String, String> changes) {
    ImmutableList.Builder<DotConfig.Line> lines =
        ImmutableList.<DotConfig.Line>builder().addAll(input.lines());
    changes.forEach(
        (symbol, value) ->
            lines.add(
                new DotConfig.Assignment(
                    symbol,
                    value,
                    value.equals("n") ? DotConfig.Kind.NOT_SET : DotConfig.Kind.SET,
                    Position.ofLine(input.file(), 0))));
    return valuesOf(resolver.resolve(new DotConfig(input.file(), lines.build()), mode).output());
  }

  private static SymbolValues valuesOf(ConfigDocument out) {
    Map<String, String> values = new HashMap<>();
    for (ConfigDocument.Item item : out.items()) {
      if (item instanceof ConfigDocument.Value v) {
        values.put(
            v.name(),
            v.type() == ConfigDocument.ValueType.STRING
                ? DotConfigWriter.quote(v.value())
                : v.value());
      }
    }
    ImmutableMap<String, String> resolved = ImmutableMap.copyOf(values);
    return name -> Optional.ofNullable(resolved.get(name));
  }
}
