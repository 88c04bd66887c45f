package org.kclint.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Store buffers: stores that signal a flag but reach the others only when drained. Each CPU has
 * one, and the outer cache (a PL310) has one in front of memory. A barrier drains them; a buffer
 * drains by itself only where the scenario has a process that does it ({@code drain} on a CPU's
 * hardware, {@code outer_drain} on a device): an erratum-affected buffer has none, so what it holds
 * stays there for as long as nothing else happens, which is how the errata put it.
 */
final class StoreBufferFamily extends OperationFamily {
  static final Set<OpKind> KINDS =
      EnumSet.of(
          OpKind.POST,
          OpKind.POST_NC,
          OpKind.DMB,
          OpKind.DMB_FAULTY,
          OpKind.WMB,
          OpKind.DRAIN,
          OpKind.OUTER_DRAIN);

  /** Every flag, for {@link #drain}. */
  private static final int ALL = -1;

  StoreBufferFamily(StateLayout layout) {
    super(layout, KINDS, new StoreBufferWording(layout));
  }

  @Override
  boolean apply(Transition t) {
    int[] v = t.v;
    int[] n = t.n;
    switch (t.op.kind()) {
      case POST -> n[layout.storeBuffer(t.cpu)] |= 1 << layout.id(t.op, 0);
      case POST_NC -> n[layout.outerStoreBuffer()] |= 1 << layout.id(t.op, 0);
      case DMB -> drain(n, layout.storeBuffer(t.cpu), ALL);
      case DMB_FAULTY -> {
        // Orders nothing: what the buffer holds drains as it would without the barrier.
      }
      case WMB -> {
        drain(n, layout.storeBuffer(t.cpu), ALL);
        drain(n, layout.outerStoreBuffer(), ALL);
      }
      case DRAIN, OUTER_DRAIN -> {
        int buffer =
            t.op.kind() == OpKind.DRAIN ? layout.storeBuffer(t.cpu) : layout.outerStoreBuffer();
        int bit = 1 << layout.id(t.op, 0);
        if ((v[buffer] & bit) == 0) {
          return false;
        }
        drain(n, buffer, bit);
        t.stay();
      }
      default -> throw new IllegalStateException(t.op.kind() + " is not a store buffer operation");
    }
    return true;
  }

  /** What the buffer holds of the flags {@code bits} becomes visible to all. */
  private void drain(int[] n, int buffer, int bits) {
    n[layout.flags()] |= n[buffer] & bits;
    n[buffer] &= ~bits;
  }
}
