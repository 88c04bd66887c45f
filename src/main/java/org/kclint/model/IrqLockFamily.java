package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.EnumSet;
import org.kclint.model.Transition.Phase;

/** IRQ masking and spin locks, and the assertions about them. */
final class IrqLockFamily extends OperationFamily {
  /** What a {@code lock} did. */
  enum Outcome {
    ACQUIRED,
    SPINS
  }

  IrqLockFamily(StateLayout layout, Processes processes) {
    super(
        layout,
        EnumSet.of(
            OpKind.IRQ_DISABLE,
            OpKind.IRQ_ENABLE,
            OpKind.LOCK,
            OpKind.UNLOCK,
            OpKind.ASSERT_IRQS_ENABLED,
            OpKind.ASSERT_HOLDS),
        new IrqLockWording(layout, processes));
  }

  @Override
  boolean apply(Transition t) {
    int irq = layout.irq(t.cpu);
    switch (t.op.kind()) {
      case IRQ_DISABLE -> t.n[irq] = 0;
      case IRQ_ENABLE -> t.n[irq] = 1;
      case LOCK -> {
        int lock = layout.lock(layout.id(t.op, 0));
        if (t.v[lock] == NONE) {
          t.n[lock] = t.p;
          t.n[layout.phase(t.p)] = Phase.RUN;
          t.outcome(Outcome.ACQUIRED);
        } else if (t.phase == Phase.RUN) {
          t.n[layout.phase(t.p)] = Phase.SPIN;
          t.stay();
          t.outcome(Outcome.SPINS);
        } else {
          return false;
        }
      }
      case UNLOCK -> {
        int lock = layout.lock(layout.id(t.op, 0));
        if (t.v[lock] != t.p) {
          t.violates(Violation.Kind.ASSERTION);
        } else {
          t.n[lock] = NONE;
        }
      }
      case ASSERT_IRQS_ENABLED -> {
        if (t.v[irq] == 0) {
          t.violates(Violation.Kind.ASSERTION);
        }
      }
      case ASSERT_HOLDS -> {
        if (t.v[layout.lock(layout.id(t.op, 0))] != t.p) {
          t.violates(Violation.Kind.ASSERTION);
        }
      }
      default -> throw new IllegalStateException(t.op.kind() + " is not an IRQ or lock operation");
    }
    return true;
  }
}
