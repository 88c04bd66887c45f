package org.kclint.model;

import java.util.EnumSet;
import java.util.Set;

/** One-shot flags: signalling, clearing, waiting (or parking) for one, asserting one is set. */
final class FlagFamily implements OperationFamily {
  private static final Set<OpKind> KINDS =
      EnumSet.of(OpKind.SIGNAL, OpKind.CLEAR, OpKind.WAIT, OpKind.PARK, OpKind.ASSERT);

  private final StateLayout layout;
  private final Wording wording;

  FlagFamily(StateLayout layout) {
    this.layout = layout;
    this.wording = new FlagWording(layout);
  }

  @Override
  public Set<OpKind> kinds() {
    return KINDS;
  }

  @Override
  public Wording wording() {
    return wording;
  }

  @Override
  public boolean apply(Transition t) {
    int bit = 1 << layout.id(t.op, 0);
    switch (t.op.kind()) {
      case SIGNAL -> t.n[layout.flags()] |= bit;
      case CLEAR -> t.n[layout.flags()] &= ~bit;
      case WAIT, PARK -> {
        if (!signalled(layout, t.v, t.op)) {
          return false;
        }
      }
      case ASSERT -> {
        if (!signalled(layout, t.v, t.op)) {
          t.violates(Violation.Kind.ASSERTION);
        }
      }
      default -> throw new IllegalStateException(t.op.kind() + " is not a flag operation");
    }
    return true;
  }

  /** Whether the flag the operation names is signalled in state {@code v}. */
  static boolean signalled(StateLayout layout, int[] v, Operation op) {
    return (v[layout.flags()] & (1 << layout.id(op, 0))) != 0;
  }
}
