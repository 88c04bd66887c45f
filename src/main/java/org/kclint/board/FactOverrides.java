package org.kclint.board;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.diag.InputException;

/**
 * A board facts override file: {@code fact = value} lines (names as in {@link Fact}, e.g. {@code
 * hwTlbBcast = false}, {@code ramBytes = 512M}, {@code core = ARM11MPCore}), {@code #} comments.
 * {@code fact = unknown} withdraws a derived fact. For boards without a device tree, and to pin or
 * correct a fact; a later line for the same fact wins.
 */
public final class FactOverrides {
  private final ImmutableMap<Fact, Optional<FactValue>> values;

  private FactOverrides(ImmutableMap<Fact, Optional<FactValue>> values) {
    this.values = values;
  }

  public static FactOverrides none() {
    return new FactOverrides(ImmutableMap.of());
  }

  /** The file's bytes, UTF-8 (bytes that are not are refused where they matter, in facts). */
  public static FactOverrides parse(String file, byte[] bytes) {
    return parse(file, new String(bytes, StandardCharsets.UTF_8));
  }

  public static FactOverrides parse(String file, String text) {
    Map<Fact, Optional<FactValue>> values = new LinkedHashMap<>();
    for (FactFile.Entry entry : FactFile.parse(file, text, false)) {
      FactFile.Assignment a = (FactFile.Assignment) entry;
      Fact fact =
          Fact.named(a.name())
              .orElseThrow(() -> new InputException(a.position(), Fact.unknown(a.name())));
      values.put(
          fact,
          a.value().equals("unknown")
              ? Optional.empty()
              : Optional.of(
                  fact.parse(
                      a.value(), a.valuePosition(), new FactSource.OverrideLine(a.position()))));
    }
    return new FactOverrides(ImmutableMap.copyOf(values));
  }

  /** Each overridden fact: its new value, or empty to make it unknown. */
  public ImmutableMap<Fact, Optional<FactValue>> values() {
    return values;
  }
}
