package org.kclint.board;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kclint.diag.InputException;
import org.kclint.io.ClasspathFolders;
import org.kclint.io.InputFiles;

/**
 * Facts about CPU cores by device tree compatible string, read from data (rules/hardware/*.cpus): a
 * {@code [compatible]} section per core, then {@code fact = value # citation} lines. Every known
 * value must carry its citation; {@code fact = unknown # why} records that a fact was looked for
 * and not established. A fact not written is unknown too, never false.
 */
public final class CpuDatabase {
  /** Where the shipped databases sit on the class path: every {@code *.cpus} file is read. */
  public static final String BUNDLED = "rules/hardware";

  private final ImmutableMap<String, ImmutableMap<Fact, FactValue>> cores;

  private CpuDatabase(ImmutableMap<String, ImmutableMap<Fact, FactValue>> cores) {
    this.cores = cores;
  }

  /** Every shipped {@code *.cpus} file, in name order; a core described twice is an error. */
  public static CpuDatabase bundled() {
    Path folder =
        ClasspathFolders.folder(BUNDLED)
            .orElseThrow(() -> new IllegalStateException(BUNDLED + " missing from the class path"));
    Map<String, ImmutableMap<Fact, FactValue>> cores = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".cpus")).sorted().toList()) {
        String shown = BUNDLED + "/" + file.getFileName();
        CpuDatabase one = parse(shown, new String(InputFiles.read(file), UTF_8));
        one.cores.forEach(
            (compatible, facts) -> {
              if (cores.putIfAbsent(compatible, facts) != null) {
                throw new IllegalStateException(
                    "CPU " + compatible + " is described twice under " + BUNDLED);
              }
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CpuDatabase(ImmutableMap.copyOf(cores));
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
