package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kconfig symbol values as a {@code .config} spells them ({@code y}, {@code m}, {@code n}, a
 * number, or a quoted string), by name without {@code CONFIG_}. A symbol the configuration does not
 * mention is empty; {@code # CONFIG_X is not set} reads as {@code n}. Whether an unmentioned symbol
 * is off or unknown depends on the whole: see {@link #complete()}.
 */
@FunctionalInterface
public interface SymbolValues {

  Optional<String> value(String symbol);

  /**
   * Whether these are all of a configuration's values, so that a bool or tristate they do not
   * mention is {@code n}: what conf writes (its output, or a file with conf's header) leaves out
   * only what is off or invisible. In a fragment a symbol left out is unknown.
   */
  default boolean complete() {
    return true;
  }

  /** These values with some symbols changed, as a fix would change them. */
  default SymbolValues with(Map<String, String> changes) {
    ImmutableMap<String, String> copy = ImmutableMap.copyOf(changes);
    SymbolValues base = this;
    return new SymbolValues() {
      @Override
      public Optional<String> value(String symbol) {
        return copy.containsKey(symbol) ? Optional.of(copy.get(symbol)) : base.value(symbol);
      }

      @Override
      public boolean complete() {
        return base.complete();
      }
    };
  }
}
