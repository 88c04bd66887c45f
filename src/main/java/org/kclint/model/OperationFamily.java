package org.kclint.model;

import java.util.Set;

/**
 * A family of operations of the process language (IRQs and locks, TLBs, caches and DMA, flags,
 * store buffers): how each changes the packed machine state, kept apart from how traces word it.
 *
 * <p>To add a family: give each operation an {@link OpKind} (keyword, who may run it, operand
 * kinds; the scenario grammar needs no change), implement {@link #apply} on the state (cells of its
 * own go in {@link StateLayout}), a {@link Wording} for traces, and list the family in {@link
 * Machine}'s constructor. An operation that can wait for another process also needs its wait-for
 * edges in {@link Deadlocks}.
 */
abstract class OperationFamily {
  final StateLayout layout;
  private final Set<OpKind> kinds;
  private final Wording wording;

  /**
   * @param kinds the operations this family carries out; each operation belongs to exactly one
   *     family
   */
  OperationFamily(StateLayout layout, Set<OpKind> kinds, Wording wording) {
    this.layout = layout;
    this.kinds = kinds;
    this.wording = wording;
  }

  final Set<OpKind> kinds() {
    return kinds;
  }

  final Wording wording() {
    return wording;
  }

  /**
   * Carries out the transition's operation: writes the next state, and records the outcome, a
   * violation or that the process stays.
   *
   * @return false when the process cannot move now (it is blocked; nothing is recorded)
   */
  abstract boolean apply(Transition t);

  /** How traces and violations say what a family's operations did. */
  interface Wording {
    /** What the step changed, as the trace's line says it; asked only when a trace is written. */
    String changed(Transition t);

    /** The message of the violation the step ran into ({@link Transition#violation()}). */
    String violation(Transition t);
  }
}
