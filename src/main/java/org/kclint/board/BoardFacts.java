package org.kclint.board;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What kclint knows about a board, fact by fact, for the hazard rules. Three-valued by
 * construction: a fact is known (with its source) or absent, and absent means unknown, never false.
 * Look facts up by the names of HAZARDS.md's legend ({@code hwTlbBcast}, {@code nCpus}, …; see
 * {@link Fact}).
 */
public final class BoardFacts {
  private final ImmutableMap<Fact, FactValue> facts;

  BoardFacts(Map<Fact, FactValue> facts) {
    this.facts = ImmutableMap.copyOf(facts);
  }

  /** Nothing known: no board given. */
  public static BoardFacts unknown() {
    return new BoardFacts(Map.of());
  }

  /** The facts of a device tree, completed from the CPU database. */
  public static BoardFacts of(TreeFacts tree, CpuDatabase cpus) {
    return new BoardFacts(FactDerivation.derive(tree, cpus));
  }

  /** The fact by name ({@code board.} prefix allowed); empty when unknown or not a fact. */
  public Optional<FactValue> fact(String name) {
    return Fact.named(name).flatMap(this::fact);
  }

  public Optional<FactValue> fact(Fact fact) {
    return Optional.ofNullable(facts.get(fact));
  }

  /** These facts with the override file applied on top. */
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
    return new BoardFacts(merged);
  }

  /** The known facts, in {@link Fact} order. */
  public ImmutableMap<Fact, FactValue> known() {
    return facts;
  }
}
