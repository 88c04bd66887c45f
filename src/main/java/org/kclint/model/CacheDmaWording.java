package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.ArrayList;
import java.util.List;

/** How traces word caches and DMA. */
final class CacheDmaWording implements OperationFamily.Wording {
  private final StateLayout layout;

  CacheDmaWording(StateLayout layout) {
    this.layout = layout;
  }

  @Override
  public String changed(Transition t) {
    int c = t.cpu;
    int line = layout.id(t.op, 0);
    String name = t.operand(0);
    return switch (t.op.kind()) {
      case LOAD -> {
        if (t.outcome(CacheDmaFamily.Outcome.class) == CacheDmaFamily.Outcome.HIT) {
          yield "reads "
              + name
              + " v"
              + (t.v[layout.cache(c, line)] >> 1)
              + " from CPU"
              + c
              + "'s cache";
        }
        if (t.outcome(CacheDmaFamily.Outcome.class) == CacheDmaFamily.Outcome.OUTER_HIT) {
          yield newCopy(t, line, name) + " clean (from the outer cache)";
        }
        int owner = layout.dirtyOwner(t.v, line, c);
        boolean filledOuter =
            layout.outerCache && t.v[layout.outer(line)] != t.n[layout.outer(line)];
        yield newCopy(t, line, name)
            + " clean (from "
            + (owner == NONE ? "memory" : "CPU" + owner + "'s cache")
            + ")"
            + (filledOuter ? "; outer cache: " + name + " v" + t.n[layout.outer(line)] : "");
      }
      case STORE -> newCopy(t, line, name) + " dirty";
      case OWN -> {
        int owner = layout.dirtyOwner(t.v, line, c);
        yield newCopy(t, line, name)
            + " dirty"
            + (owner != NONE ? ", taken over from CPU" + owner : "")
            + "; other copies invalidated";
      }
      case CLEAN, CLEAN_BCAST -> cleaned(t, line, name);
      case INV, INV_BCAST ->
          (t.op.kind() == OpKind.INV ? "CPU" + c + " cache" : "every cache")
              + ": "
              + name
              + " invalidated";
      case OUTER_CLEAN ->
          t.v[layout.outer(line)] == NONE
              ? "outer cache: no copy of " + name
              : "outer cache: " + name + " v" + t.v[layout.outer(line)] + " clean, still valid";
      case OUTER_FLUSH -> "outer cache: " + name + " invalidated";
      case DMA_READ -> "device reads " + name + " v" + t.v[layout.memory(line)] + " from memory";
      case DMA_WRITE ->
          "memory: " + name + " v" + t.n[layout.latest(line)] + " written by the device";
      default -> throw new IllegalStateException(t.op.kind() + " is not a cache operation");
    };
  }

  /** The copy the step left in the moving CPU's cache: {@code CPU0 cache: buf v2}. */
  private String newCopy(Transition t, int line, String name) {
    return "CPU" + t.cpu + " cache: " + name + " v" + (t.n[layout.cache(t.cpu, line)] >> 1);
  }

  /** The copies a clean wrote back (those that went from dirty to clean), and any dirty left. */
  private String cleaned(Transition t, int line, String name) {
    List<String> cleaned = new ArrayList<>();
    for (int d = 0; d < layout.cpus; d++) {
      if (t.v[layout.cache(d, line)] != t.n[layout.cache(d, line)]) {
        cleaned.add("CPU" + d);
      }
    }
    String changed =
        cleaned.isEmpty()
            ? "nothing dirty to write back" + (t.op.kind() == OpKind.CLEAN ? " in CPU" + t.cpu : "")
            : "memory: "
                + name
                + " v"
                + t.n[layout.memory(line)]
                + " (written back from "
                + String.join(", ", cleaned)
                + ")";
    int other = layout.dirtyOwner(t.n, line, t.cpu);
    return other == NONE ? changed : changed + "; CPU" + other + " still holds " + name + " dirty";
  }

  @Override
  public String violation(Transition t) {
    int line = layout.id(t.op, 0);
    String name = t.operand(0);
    return switch (t.op.kind()) {
      case LOAD ->
          t.proc.label
              + " reads "
              + name
              + " version "
              + (t.outcome(CacheDmaFamily.Outcome.class) == CacheDmaFamily.Outcome.OUTER_HIT
                  ? t.v[layout.outer(line)] + " from the outer cache"
                  : (t.v[layout.cache(t.cpu, line)] >> 1) + " from its cache")
              + ", but memory holds version "
              + t.v[layout.memory(line)];
      case DMA_READ -> {
        int holder = layout.dirtyOwner(t.v, line, NONE);
        yield "the device reads "
            + name
            + " version "
            + t.v[layout.memory(line)]
            + " from memory, but "
            + (holder == NONE ? "a CPU" : "CPU" + holder)
            + " wrote version "
            + t.v[layout.latest(line)]
            + " and its cache still holds it";
      }
      default -> throw new IllegalStateException(t.op.kind() + " has no violation");
    };
  }
}
