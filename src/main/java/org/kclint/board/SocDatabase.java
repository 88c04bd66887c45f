package org.kclint.board;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ClasspathFolders;
import org.kclint.io.InputFiles;

/**
 * Facts about SoCs by the root compatible that names them, read from data (rules/hardware/*.socs)
 * in the CPU database's syntax: a {@code [compatible]} section per SoC, then {@code name = value #
 * citation} lines. Besides board facts ({@code coreRev}, {@code l2CacheRev}, …) a section holds
 * {@code cores} (the cores and clusters, e.g. {@code arm,cortex-a15 x4 + arm,cortex-a7 x4}), {@code
 * coreRev COMPATIBLE} (the revisions of one kind of core in a mixed SoC) and one {@code errata}
 * line per erratum workaround the kernel selects for the SoC. A board's compatible list, most
 * specific first, picks the first SoC described.
 */
public final class SocDatabase {
  /** Every {@code *.socs} file beside the CPU database is read. */
  public static final String BUNDLED = CpuDatabase.BUNDLED;

  private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern CORES =
      Pattern.compile("[a-z0-9-]+,[a-z0-9.-]+ x\\d+( \\+ [a-z0-9-]+,[a-z0-9.-]+ x\\d+)*");

  /**
   * One SoC.
   *
   * @param facts board facts, the same on every core
   * @param coreRevs the revisions of each kind of core, by its CPU compatible
   * @param cores the cores and clusters, as written
   * @param errata each erratum workaround the kernel selects for this SoC, with its citation
   * @param unknown the facts written "unknown": no source states them, and nothing may stand in
   */
  public record Soc(
      String compatible,
      Position position,
      ImmutableMap<Fact, FactValue> facts,
      ImmutableMap<String, FactValue> coreRevs,
      Optional<String> cores,
      ImmutableMap<String, String> errata,
      ImmutableSet<Fact> unknown) {}

  private final ImmutableMap<String, Soc> socs;

  private SocDatabase(ImmutableMap<String, Soc> socs) {
    this.socs = socs;
  }

  /** Every shipped {@code *.socs} file, in name order; a SoC described twice is an error. */
  public static SocDatabase bundled() {
    Path folder =
        ClasspathFolders.folder(BUNDLED)
            .orElseThrow(() -> new IllegalStateException(BUNDLED + " missing from the class path"));
    Map<String, Soc> all = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".socs")).sorted().toList()) {
        String shown = BUNDLED + "/" + file.getFileName();
        for (Soc soc : parse(shown, new String(InputFiles.read(file), UTF_8)).socs.values()) {
          if (all.putIfAbsent(soc.compatible(), soc) != null) {
            throw new IllegalStateException(
                "SoC " + soc.compatible() + " is described twice under " + BUNDLED);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SocDatabase(ImmutableMap.copyOf(all));
  }

  public static SocDatabase parse(String file, String text) {
    Map<String, Soc> socs = new LinkedHashMap<>();
    Builder current = null;
    for (FactFile.Entry entry : FactFile.parse(file, text, true)) {
      if (entry instanceof FactFile.Section s) {
        if (current != null) {
          socs.put(current.compatible, current.build());
        }
        if (socs.containsKey(s.name())) {
          throw new InputException(s.position(), "SoC " + s.name() + " is already described");
        }
        current = new Builder(s.name(), s.position());
        continue;
      }
      FactFile.Assignment a = (FactFile.Assignment) entry;
      if (current == null) {
        throw new InputException(a.position(), "a fact before the first [compatible] section");
      }
      if (a.comment().isEmpty()) {
        throw new InputException(
            a.valuePosition(),
            a.name() + " of " + current.compatible + " has no citation (# source)");
      }
      current.add(a);
    }
    if (current != null) {
      socs.put(current.compatible, current.build());
    }
    return new SocDatabase(ImmutableMap.copyOf(socs));
  }

  /** The SoC the most specific of a board's compatibles names; empty when none is described. */
  public Optional<Soc> pick(List<String> compatibles) {
    return compatibles.stream().map(socs::get).filter(s -> s != null).findFirst();
  }

  public ImmutableMap<String, Soc> all() {
    return socs;
  }

  private static final class Builder {
    private final String compatible;
    private final Position position;
    private final Map<Fact, FactValue> facts = new EnumMap<>(Fact.class);
    private final Map<String, FactValue> coreRevs = new LinkedHashMap<>();
    private final Map<String, String> errata = new LinkedHashMap<>();
    private final Set<Fact> unknown = EnumSet.noneOf(Fact.class);
    private Optional<String> cores = Optional.empty();

    Builder(String compatible, Position position) {
      this.compatible = compatible;
      this.position = position;
    }

    void add(FactFile.Assignment a) {
      String citation = a.comment().orElseThrow();
      FactSource source = new FactSource.SocDatabase(compatible, a.position(), citation);
      String name = a.name();
      if (name.equals("errata")) {
        if (!SYMBOL.matcher(a.value()).matches()) {
          throw new InputException(a.valuePosition(), "errata takes one Kconfig symbol");
        }
        if (errata.putIfAbsent(a.value(), citation) != null) {
          throw new InputException(a.position(), a.value() + " listed twice for " + compatible);
        }
      } else if (name.equals("cores")) {
        if (!CORES.matcher(a.value()).matches() || cores.isPresent()) {
          throw new InputException(
              a.valuePosition(),
              "cores takes one 'compatible xN [+ compatible xN]' line, not '" + a.value() + "'");
        }
        cores = Optional.of(a.value());
      } else if (name.startsWith(Fact.CORE_REV.key() + " ")) {
        String core = name.substring(Fact.CORE_REV.key().length()).strip();
        FactValue v = Fact.CORE_REV.parse(a.value(), a.valuePosition(), source);
        if (coreRevs.putIfAbsent(core, v) != null) {
          throw new InputException(a.position(), "coreRev of " + core + " given twice");
        }
      } else {
        Fact fact =
            Fact.named(name)
                .orElseThrow(() -> new InputException(a.position(), Fact.unknown(name)));
        boolean given =
            a.value().equals("unknown")
                ? !unknown.add(fact) || facts.containsKey(fact)
                : facts.put(fact, fact.parse(a.value(), a.valuePosition(), source)) != null
                    || unknown.contains(fact);
        if (given) {
          throw new InputException(
              a.position(), "fact " + fact.key() + " given twice for " + compatible);
        }
      }
    }

    Soc build() {
      return new Soc(
          compatible,
          position,
          ImmutableMap.copyOf(facts),
          ImmutableMap.copyOf(coreRevs),
          cores,
          ImmutableMap.copyOf(errata),
          Sets.immutableEnumSet(unknown));
    }
  }
}
