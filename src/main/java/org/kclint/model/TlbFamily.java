package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.EnumSet;
import org.kclint.model.Transition.Phase;

/**
 * Page tables and TLBs: mapping and freeing pages, walks that fill a TLB, accesses through it, and
 * the ways of invalidating an entry (locally, by hardware broadcast, by IPI).
 */
final class TlbFamily extends OperationFamily {
  /** What a walk or an access did, and what an IPI flush did. */
  enum Outcome {
    /** An access through a TLB entry for a freed or remapped page. */
    STALE,
    /** An access through a TLB entry that still agrees with the page table. */
    HIT,
    /** A page-table walk cached the current translation. */
    WALK,
    /** No TLB entry and nothing mapped. */
    UNMAPPED,
    /** Invalidated locally with no other CPU to tell. */
    LOCAL_ONLY,
    /** Invalidated locally and IPIs sent. */
    IPIS_SENT,
    /** Every IPI acknowledged. */
    ACKNOWLEDGED
  }

  TlbFamily(StateLayout layout) {
    super(
        layout,
        EnumSet.of(
            OpKind.MAP,
            OpKind.UNMAP,
            OpKind.FREE,
            OpKind.TLB_FILL,
            OpKind.ACCESS,
            OpKind.TLB_INSERT,
            OpKind.TLB_FLUSH_LOCAL,
            OpKind.TLB_FLUSH_HW,
            OpKind.TLB_FLUSH_HW_PARTIAL,
            OpKind.TLB_FLUSH_IPI),
        new TlbWording(layout));
  }

  @Override
  boolean apply(Transition t) {
    int[] n = t.n;
    int page = layout.id(t.op, 0);
    switch (t.op.kind()) {
      case MAP -> n[layout.pageTable(page)] = layout.id(t.op, 1);
      case UNMAP -> n[layout.pageTable(page)] = NONE;
      case FREE -> n[layout.freed()] |= 1 << layout.id(t.op, 0);
      case TLB_FILL, ACCESS -> walkOrAccess(t, page);
      case TLB_INSERT -> n[layout.tlb(t.cpu, page)] = layout.id(t.op, 1);
      case TLB_FLUSH_LOCAL, TLB_FLUSH_HW_PARTIAL -> n[layout.tlb(t.cpu, page)] = NONE;
      case TLB_FLUSH_HW -> {
        for (int d = 0; d < layout.cpus; d++) {
          n[layout.tlb(d, page)] = NONE;
        }
      }
      case TLB_FLUSH_IPI -> {
        return flushByIpi(t, page);
      }
      default -> throw new IllegalStateException(t.op.kind() + " is not a TLB operation");
    }
    return true;
  }

  private void walkOrAccess(Transition t, int page) {
    boolean access = t.op.kind() == OpKind.ACCESS;
    int cached = t.v[layout.tlb(t.cpu, page)];
    int mapped = t.v[layout.pageTable(page)];
    if (access && cached != NONE) {
      boolean freed = (t.v[layout.freed()] & (1 << cached)) != 0;
      if (freed || (mapped != NONE && mapped != cached)) {
        t.outcome(Outcome.STALE);
        t.violates(Violation.Kind.STALE_TRANSLATION);
      } else {
        t.outcome(Outcome.HIT);
        expectFrame(t, cached);
      }
    } else if (mapped != NONE) {
      t.n[layout.tlb(t.cpu, page)] = mapped;
      t.outcome(Outcome.WALK);
      if (access) {
        expectFrame(t, mapped);
      }
    } else {
      t.outcome(Outcome.UNMAPPED);
      if (access) {
        expectFrame(t, NONE);
      }
    }
  }

  /** {@code access PAGE -> FRAME} must reach the frame it names ({@code reached}, or a fault). */
  private void expectFrame(Transition t, int reached) {
    if (t.op.operands().size() >= 2 && reached != layout.id(t.op, 1)) {
      t.violates(Violation.Kind.ASSERTION);
    }
  }

  private boolean flushByIpi(Transition t, int page) {
    int[] n = t.n;
    if (t.phase == Phase.RUN) {
      n[layout.tlb(t.cpu, page)] = NONE;
      for (int d = 0; d < layout.cpus; d++) {
        if (d != t.cpu) {
          n[layout.pendingIpis(d)] |= 1 << t.p;
        }
      }
      if (layout.cpus > 1) {
        n[layout.phase(t.p)] = Phase.ACKS;
        t.stay();
        t.outcome(Outcome.IPIS_SENT);
      } else {
        t.outcome(Outcome.LOCAL_ONLY);
      }
    } else if (!layout.awaitsAck(t.v, t.p)) {
      n[layout.phase(t.p)] = Phase.RUN;
      t.outcome(Outcome.ACKNOWLEDGED);
    } else {
      return false;
    }
    return true;
  }
}
