package org.kclint.board;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What kclint knows about a board, fact by fact, for the hazard rules. Three-valued by
 * construction: a fact is known (with its source) or absent, and absent means unknown, never false.
 * Look facts up by the names of HAZARDS.md's legend ({@code hwTlbBcast}, {@code nCpus}, …; see
 * {@link Fact}).
 *
 * <p>A board with more than one kind of core (big.LITTLE, an Armada XP's PJ4B next to nothing else
 * is one kind) also has one view per kind, its {@link #clusters()}: the board's facts with that
 * core's facts, so that a rule about a core is asked only about the CPUs that are that core, while
 * the board-wide facts here are known only where every kind of core agrees.
 */
public final class BoardFacts {
  private final ImmutableMap<Fact, FactValue> facts;
  private final ImmutableList<BoardFacts> clusters;

  BoardFacts(Map<Fact, FactValue> facts, ImmutableList<BoardFacts> clusters) {
    this.facts = ImmutableMap.copyOf(facts);
    this.clusters = clusters;
  }

  /** Nothing known: no board given. */
  public static BoardFacts unknown() {
    return new BoardFacts(Map.of(), ImmutableList.of());
  }

  /** The facts of a device tree, completed from the CPU and SoC databases. */
  public static BoardFacts of(TreeFacts tree, CpuDatabase cpus, SocDatabase socs) {
    return FactDerivation.derive(tree, cpus, socs);
  }

  /** The fact by name ({@code board.} prefix allowed); empty when unknown or not a fact. */
  public Optional<FactValue> fact(String name) {
    return Fact.named(name).flatMap(this::fact);
  }

  public Optional<FactValue> fact(Fact fact) {
    return Optional.ofNullable(facts.get(fact));
  }

  /**
   * One view per kind of core, each the board's facts with that core's; a board with one kind of
   * core (or none known) is its own only view.
   */
  public ImmutableList<BoardFacts> clusters() {
    return clusters.isEmpty() ? ImmutableList.of(this) : clusters;
  }

  /** These facts with the override file applied on top, on the board and on each cluster. */
  public BoardFacts with(FactOverrides overrides) {
    Map<Fact, FactValue> merged = new EnumMap<>(Fact.class);
    merged.putAll(facts);
    overrides
        .values()
        .forEach(
            (fact, value) -> {
              if (value.isPresent()) {
                merged.put(fact, value.get());
              } else {
                merged.remove(fact);
              }
            });
    return new BoardFacts(
        merged,
        clusters.stream().map(c -> c.with(overrides)).collect(ImmutableList.toImmutableList()));
  }

  /** The known facts, in {@link Fact} order. */
  public ImmutableMap<Fact, FactValue> known() {
    return facts;
  }
}
