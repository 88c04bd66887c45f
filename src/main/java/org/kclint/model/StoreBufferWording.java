package org.kclint.model;

/** How traces word store buffers. */
final class StoreBufferWording implements OperationFamily.Wording {
  private final StateLayout layout;

  StoreBufferWording(StateLayout layout) {
    this.layout = layout;
  }

  @Override
  public String changed(Transition t) {
    String cpuBuffer = layout.storeBufferName(t.cpu);
    String outerBuffer = layout.storeBufferName(layout.cpus);
    return switch (t.op.kind()) {
      case POST -> t.operand(0) + " waits in " + cpuBuffer;
      case POST_NC -> t.operand(0) + " waits in " + outerBuffer;
      case DMB -> drained(t, cpuBuffer, " drained", layout.storeBuffer(t.cpu));
      case WMB ->
          drained(t, cpuBuffer, " drained", layout.storeBuffer(t.cpu))
              + "; "
              + drained(t, outerBuffer, " drained", layout.outerStoreBuffer());
      case DRAIN -> drained(t, cpuBuffer, " drains by itself", layout.storeBuffer(t.cpu));
      case OUTER_DRAIN -> drained(t, outerBuffer, " drains by itself", layout.outerStoreBuffer());
      default -> throw new IllegalStateException(t.op.kind() + " is not a store buffer operation");
    };
  }

  /** {@code CPU0's store buffer drained: ready visible}, or that it held nothing. */
  private String drained(Transition t, String buffer, String how, int cell) {
    return t.v[cell] == 0
        ? buffer + " holds nothing"
        : buffer + how + ": " + String.join(", ", layout.flagNames(t.v[cell])) + " visible";
  }

  @Override
  public String violation(Transition t) {
    throw new IllegalStateException(t.op.kind() + " has no violation");
  }
}
