package org.kclint.rules;

import java.util.Optional;

/** Facts about the board, by the names of HAZARDS.md's legend; a fact nobody knows is empty. */
@FunctionalInterface
public interface Facts {

  /** No board given: every fact is unknown. */
  Facts NONE = name -> Optional.empty();

  Optional<RuleValue> fact(String name);
}
