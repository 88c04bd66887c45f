package org.kclint.model;

import java.util.Optional;

/** One enabled transition: who moves, doing what, what it changed, and where it leads. */
record Move(
    String actor,
    String process,
    String operation,
    Optional<String> note,
    String changed,
    State next,
    Optional<Violation> violation) {

  boolean matches(Step step) {
    return actor.equals(step.actor())
        && process.equals(step.process())
        && operation.equals(step.operation());
  }

  Step toStep(int number) {
    return new Step(number, actor, process, operation, note, changed);
  }
}
