package org.kclint.board;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kclint.diag.InputException;

/**
 * Facts about CPU cores by device tree compatible string, read from data (rules/cpus/*.cpus): a
 * {@code [compatible]} section per core, then {@code fact = value # citation} lines. Every known
 * value must carry its citation; {@code fact = unknown # why} records that a fact was looked for
 * and not established. A fact not written is unknown too, never false.
 */
public final class CpuDatabase {
  /** The database shipped in the jar. */
  public static final String BUNDLED = "rules/cpus/arm.cpus";

  private final ImmutableMap<String, ImmutableMap<Fact, FactValue>> cores;

  private CpuDatabase(ImmutableMap<String, ImmutableMap<Fact, FactValue>> cores) {
    this.cores = cores;
  }

  public static CpuDatabase bundled() {
    try (InputStream in = CpuDatabase.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " missing from the class path");
      }
      return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CpuDatabase parse(String file, String text) {
    Map<String, Map<Fact, FactValue>> cores = new LinkedHashMap<>();
    Map<Fact, FactValue> current = null;
    Set<Fact> seen = EnumSet.noneOf(Fact.class);
    String compatible = null;
    for (FactFile.Entry entry : FactFile.parse(file, text, true)) {
      if (entry instanceof FactFile.Section s) {
        if (cores.containsKey(s.name())) {
          throw new InputException(s.position(), "CPU " + s.name() + " is already described");
        }
        compatible = s.name();
        current = new EnumMap<>(Fact.class);
        seen = EnumSet.noneOf(Fact.class);
        cores.put(compatible, current);
        continue;
      }
      FactFile.Assignment a = (FactFile.Assignment) entry;
      if (current == null) {
        throw new InputException(a.position(), "a fact before the first [compatible] section");
      }
      Fact fact =
          Fact.named(a.name())
              .orElseThrow(
                  () -> new InputException(a.position(), "unknown fact '" + a.name() + "'"));
      if (a.comment().isEmpty()) {
        throw new InputException(
            a.valuePosition(),
            "fact " + fact.key() + " of " + compatible + " has no citation (# source)");
      }
      if (!seen.add(fact)) {
        throw new InputException(
            a.position(), "fact " + fact.key() + " given twice for " + compatible);
      }
      if (a.value().equals("unknown")) {
        continue;
      }
      current.put(
          fact,
          fact.parse(
              a.value(),
              a.valuePosition(),
              new FactSource.CpuDatabase(compatible, a.position(), a.comment().get())));
    }
    ImmutableMap.Builder<String, ImmutableMap<Fact, FactValue>> out = ImmutableMap.builder();
    cores.forEach((k, v) -> out.put(k, ImmutableMap.copyOf(v)));
    return new CpuDatabase(out.buildOrThrow());
  }

  /** The recorded facts of a core; empty when the compatible is not in the database. */
  public Optional<ImmutableMap<Fact, FactValue>> core(String compatible) {
    return Optional.ofNullable(cores.get(compatible));
  }

  public ImmutableMap<String, ImmutableMap<Fact, FactValue>> all() {
    return cores;
  }
}
