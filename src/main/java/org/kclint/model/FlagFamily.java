package org.kclint.model;

import java.util.EnumSet;

/** One-shot flags: signalling, clearing, waiting (or parking) for one, asserting one is set. */
final class FlagFamily extends OperationFamily {
  FlagFamily(StateLayout layout) {
    super(
        layout,
        EnumSet.of(OpKind.SIGNAL, OpKind.CLEAR, OpKind.WAIT, OpKind.PARK, OpKind.ASSERT),
        new FlagWording(layout));
  }

  @Override
  boolean apply(Transition t) {
    int bit = 1 << layout.id(t.op, 0);
    switch (t.op.kind()) {
      case SIGNAL -> t.n[layout.flags()] |= bit;
      case CLEAR -> t.n[layout.flags()] &= ~bit;
      case WAIT, PARK -> {
        if (!signalled(layout, t.v, t.op, t.cpu)) {
          return false;
        }
      }
      case ASSERT -> {
        if (!signalled(layout, t.v, t.op, t.cpu)) {
          t.violates(Violation.Kind.ASSERTION);
        }
      }
      default -> throw new IllegalStateException(t.op.kind() + " is not a flag operation");
    }
    return true;
  }

  /**
   * Whether the flag the operation names is signalled in state {@code v} as the CPU (NONE: a
   * device) sees it.
   */
  static boolean signalled(StateLayout layout, int[] v, Operation op, int cpu) {
    return (layout.flagsSeenBy(v, cpu) & (1 << layout.id(op, 0))) != 0;
  }
}
