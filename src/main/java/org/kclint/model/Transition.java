package org.kclint.model;

import java.util.Optional;

/**
 * One process's current operation being carried out: who moves, the state before ({@code v}) and
 * the next state being built ({@code n}). The operation's family records what happened (an outcome
 * of its own, whether the process stays at the operation, the violation it ran into); the family's
 * {@link Wording} reads that back when a trace is written.
 */
final class Transition {
  /** The moving process's index. */
  final int p;

  final Proc proc;
  final Operation op;

  /** The process's CPU, or -1 for a device. */
  final int cpu;

  /** The process's phase before the step: {@link Phase}. */
  final int phase;

  final int[] v;
  final int[] n;

  private boolean stays;
  private Enum<?> outcome;
  private Violation.Kind violation;

  /** Phases of a process within an operation that takes more than one step. */
  static final class Phase {
    static final int RUN = 0;

    /** Spinning on a lock another process holds. */
    static final int SPIN = 1;

    /** IPIs sent, waiting for every acknowledgement. */
    static final int ACKS = 2;

    private Phase() {}
  }

  Transition(int p, Proc proc, int[] v, StateLayout layout) {
    this.p = p;
    this.proc = proc;
    this.op = proc.code.get(v[layout.pc(p)]);
    this.cpu = proc.cpu;
    this.phase = v[layout.phase(p)];
    this.v = v;
    this.n = v.clone();
  }

  /** The process stays at this operation (it spins, or waits for acknowledgements). */
  void stay() {
    stays = true;
  }

  boolean stays() {
    return stays;
  }

  /** Records which of its cases the operation took, for the wording. */
  void outcome(Enum<?> what) {
    outcome = what;
  }

  /** The case recorded by the operation's family, of the family's own outcome type. */
  <E extends Enum<E>> E outcome(Class<E> type) {
    return type.cast(outcome);
  }

  void violates(Violation.Kind kind) {
    violation = kind;
  }

  Optional<Violation.Kind> violation() {
    return Optional.ofNullable(violation);
  }

  /** The operation's operand (0) or target (1) as written. */
  String operand(int i) {
    return op.operands().get(i);
  }
}
