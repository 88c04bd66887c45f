package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.ArrayList;
import java.util.List;

/** How traces word page tables and TLBs. */
final class TlbWording implements OperationFamily.Wording {
  private final StateLayout layout;

  TlbWording(StateLayout layout) {
    this.layout = layout;
  }

  @Override
  public String changed(Transition t) {
    String page = t.operand(0);
    String cpuTlb = "CPU" + t.cpu + " TLB: ";
    return switch (t.op.kind()) {
      case MAP -> "page table: " + page + " -> " + t.operand(1);
      case UNMAP -> "page table: " + page + " unmapped";
      case FREE -> page + " freed";
      case TLB_FILL, ACCESS -> walkOrAccess(t, page);
      case TLB_INSERT -> cpuTlb + page + " -> " + t.operand(1);
      case TLB_FLUSH_LOCAL -> cpuTlb + page + " invalidated";
      case TLB_FLUSH_HW -> "every TLB: " + page + " invalidated by hardware broadcast";
      case TLB_FLUSH_HW_PARTIAL ->
          cpuTlb + page + " invalidated; the broadcast does not reach the other CPUs' entries";
      case TLB_FLUSH_IPI ->
          switch (t.outcome(TlbFamily.Outcome.class)) {
            case IPIS_SENT ->
                cpuTlb
                    + page
                    + " invalidated; IPI sent to "
                    + String.join(", ", others(t.cpu))
                    + "; waits for acknowledgement ("
                    + layout.irqState(t.v, t.cpu)
                    + ")";
            case ACKNOWLEDGED -> "every IPI acknowledged";
            default -> cpuTlb + page + " invalidated";
          };
      default -> throw new IllegalStateException(t.op.kind() + " is not a TLB operation");
    };
  }

  private String walkOrAccess(Transition t, String page) {
    boolean access = t.op.kind() == OpKind.ACCESS;
    return switch (t.outcome(TlbFamily.Outcome.class)) {
      case STALE -> "uses stale TLB entry " + page + " -> " + layout.frame(cached(t));
      case HIT -> "CPU" + t.cpu + " accesses " + layout.frame(cached(t)) + " through its TLB";
      case WALK ->
          "CPU" + t.cpu + " TLB: " + page + " -> " + layout.frame(mapped(t)) + " (page-table walk)";
      default -> page + " not mapped: " + (access ? "page fault" : "nothing cached");
    };
  }

  @Override
  public String violation(Transition t) {
    String page = t.operand(0);
    return switch (t.outcome(TlbFamily.Outcome.class)) {
      case STALE -> {
        String frame = layout.frame(cached(t));
        boolean freed = (t.v[layout.freed()] & (1 << cached(t))) != 0;
        String why =
            freed
                ? frame + " was freed"
                : "the page table maps " + page + " -> " + layout.frame(mapped(t));
        yield t.proc.label
            + " accesses "
            + page
            + " through its TLB entry "
            + page
            + " -> "
            + frame
            + ", but "
            + why;
      }
      case HIT -> misdirected(t, cached(t));
      case WALK -> misdirected(t, mapped(t));
      case UNMAPPED -> misdirected(t, NONE);
      default -> throw new IllegalStateException(t.op.kind() + " has no violation here");
    };
  }

  /** An {@code access PAGE -> FRAME} that reached {@code reached} (a frame, or NONE: a fault). */
  private String misdirected(Transition t, int reached) {
    String page = t.operand(0);
    String outcome =
        reached == NONE
            ? page + " is not mapped: page fault"
            : "it reaches " + layout.frame(reached);
    return t.proc.label + " accesses " + page + " expecting " + t.operand(1) + ", but " + outcome;
  }

  private int cached(Transition t) {
    return t.v[layout.tlb(t.cpu, layout.id(t.op, 0))];
  }

  private int mapped(Transition t) {
    return t.v[layout.pageTable(layout.id(t.op, 0))];
  }

  private List<String> others(int cpu) {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < layout.cpus; d++) {
      if (d != cpu) {
        out.add("CPU" + d);
      }
    }
    return out;
  }
}
