package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kconfig symbol values as a {@code .config} spells them ({@code y}, {@code m}, {@code n}, a
 * number, or a quoted string), by name without {@code CONFIG_}. A symbol the configuration does not
 * mention is empty; {@code # CONFIG_X is not set} reads as {@code n}.
 */
@FunctionalInterface
public interface SymbolValues {

  Optional<String> value(String symbol);

  /** These values with some symbols changed, as a fix would change them. */
  default SymbolValues with(Map<String, String> changes) {
    ImmutableMap<String, String> copy = ImmutableMap.copyOf(changes);
    SymbolValues base = this;
    return symbol -> copy.containsKey(symbol) ? Optional.of(copy.get(symbol)) : base.value(symbol);
  }
}
