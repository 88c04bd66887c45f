package org.kclint.rules;

import java.util.List;
import java.util.Optional;

/** Facts about the board, by the names of HAZARDS.md's legend; a fact nobody knows is empty. */
@FunctionalInterface
public interface Facts {

  /** No board given: every fact is unknown. */
  Facts NONE = name -> Optional.empty();

  Optional<RuleValue> fact(String name);

  /**
   * One view per kind of core on the board (big.LITTLE: the big and the little cluster), each with
   * that core's facts; a rule holds on the board when it holds on one of them. A board with one
   * kind of core is its own only view.
   */
  default List<Facts> clusters() {
    return List.of(this);
  }
}
