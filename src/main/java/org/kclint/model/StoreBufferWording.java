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
      case DMB -> drained(t, cpuBuffer, layout.storeBuffer(t.cpu));
      case WMB ->
          drained(t, cpuBuffer, layout.storeBuffer(t.cpu))
              + "; "
              + drained(t, outerBuffer, layout.outerStoreBuffer());
      case DMB_FAULTY ->
          t.v[layout.storeBuffer(t.cpu)] == 0
              ? cpuBuffer + " holds nothing"
              : "orders nothing: "
                  + String.join(", ", layout.flagNames(t.v[layout.storeBuffer(t.cpu)]))
                  + ", in "
                  + cpuBuffer
                  + ", may become visible after later stores";
      case DRAIN, OUTER_DRAIN ->
          (t.op.kind() == OpKind.DRAIN ? cpuBuffer : outerBuffer)
              + " drains by itself: "
              + t.operand(0)
              + " visible";
      default -> throw new IllegalStateException(t.op.kind() + " is not a store buffer operation");
    };
  }

  /** {@code CPU0's store buffer drained: ready visible}, or that it held nothing. */
  private String drained(Transition t, String buffer, int cell) {
    return t.v[cell] == 0
        ? buffer + " holds nothing"
        : buffer + " drained: " + String.join(", ", layout.flagNames(t.v[cell])) + " visible";
  }

  @Override
  public String violation(Transition t) {
    throw new IllegalStateException(t.op.kind() + " has no violation");
  }
}
