package org.kclint.model;

/** What re-executing a saved trace against the model showed. */
public sealed interface ReplayResult {

  /** Every step was enabled in turn and the recorded violation was reached. */
  record Reproduced(Violation violation) implements ReplayResult {}

  /**
   * The trace no longer holds: {@code step} is the number of the first step that is not enabled
   * (or, one past the last step, the violation that is not reached); {@code reason} says how.
   */
  record NotReproduced(int step, String reason) implements ReplayResult {}
}
