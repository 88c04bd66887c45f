package org.kclint.model;

import org.kclint.model.Transition.Phase;

/** How traces word IRQ masking and spin locks. */
final class IrqLockWording implements OperationFamily.Wording {
  private final StateLayout layout;
  private final Processes processes;

  IrqLockWording(StateLayout layout, Processes processes) {
    this.layout = layout;
    this.processes = processes;
  }

  @Override
  public String changed(Transition t) {
    String name = t.op.operands().isEmpty() ? "" : t.operand(0);
    return switch (t.op.kind()) {
      case IRQ_DISABLE -> "CPU" + t.cpu + " IRQs off";
      case IRQ_ENABLE -> "CPU" + t.cpu + " IRQs on";
      case LOCK ->
          switch (t.outcome(IrqLockFamily.Outcome.class)) {
            case ACQUIRED ->
                name
                    + " held by "
                    + t.proc.label
                    + (t.phase == Phase.SPIN ? " after spinning" : "");
            case SPINS ->
                "spins: "
                    + name
                    + " held by "
                    + processes.get(t.v[lock(t)]).label
                    + " ("
                    + layout.irqState(t.v, t.cpu)
                    + ")";
          };
      case UNLOCK -> t.violation().isPresent() ? unlockWithoutHolding(t) : name + " free";
      case ASSERT_IRQS_ENABLED ->
          "CPU" + t.cpu + " IRQs are " + (t.v[layout.irq(t.cpu)] == 1 ? "on" : "off");
      case ASSERT_HOLDS -> name + (t.v[lock(t)] == t.p ? " held" : " not held");
      default -> throw new IllegalStateException(t.op.kind() + " is not an IRQ or lock operation");
    };
  }

  @Override
  public String violation(Transition t) {
    return switch (t.op.kind()) {
      case UNLOCK -> t.proc.label + " " + unlockWithoutHolding(t);
      case ASSERT_IRQS_ENABLED -> t.proc.label + ": " + t.op.note().orElse("IRQs must be on here");
      case ASSERT_HOLDS -> t.proc.label + ": " + t.op.note().orElse("must hold " + t.operand(0));
      default -> throw new IllegalStateException(t.op.kind() + " has no violation");
    };
  }

  private static String unlockWithoutHolding(Transition t) {
    return "unlocks " + t.operand(0) + " without holding it";
  }

  private int lock(Transition t) {
    return layout.lock(layout.id(t.op, 0));
  }
}
