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
    int line = t.op.operands().isEmpty() ? NONE : layout.id(t.op, 0);
    String name = t.op.operands().isEmpty() ? "" : t.operand(0);
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
            + (filledOuter ? "; outer cache: " + outerCopy(t.n, line, name) : "");
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
      case WRITEBACK -> writtenBack(t, line, name);
      case OUTER_CLEAN ->
          t.v[layout.outer(line)] == NONE
              ? "outer cache: no copy of " + name
              : "outer cache: " + outerCopy(t.n, line, name) + ", still valid" + toMemory(t, line);
      case OUTER_INV ->
          t.v[layout.outer(line)] == NONE
              ? "outer cache: no copy of " + name
              : "outer cache: " + outerCopy(t.v, line, name) + " invalidated";
      case OUTER_FLUSH ->
          t.v[layout.outer(line)] == NONE
              ? "outer cache: no copy of " + name
              : "outer cache: " + name + " invalidated" + toMemory(t, line);
      case OUTER_DEBUG_ON -> "outer cache: write-back and linefill disabled (write-through)";
      case OUTER_DEBUG_OFF -> "outer cache: write-back and linefill enabled again";
      case DMA_READ -> "device reads " + name + " v" + t.v[layout.memory(line)] + " from memory";
      case DMA_WRITE ->
          "memory: " + name + " v" + t.n[layout.latest(line)] + " written by the device";
      default -> throw new IllegalStateException(t.op.kind() + " is not a cache operation");
    };
  }

  /** The outer cache's copy in a state: {@code buf v2 dirty}. */
  private String outerCopy(int[] state, int line, String name) {
    int copy = state[layout.outer(line)];
    return name + " v" + (copy >> 1) + ((copy & 1) == 1 ? " dirty" : " clean");
  }

  /** What a step wrote to memory, if anything: {@code ; memory: buf v2}. */
  private String toMemory(Transition t, int line) {
    return t.v[layout.memory(line)] == t.n[layout.memory(line)]
        ? ""
        : "; memory: " + t.operand(0) + " v" + t.n[layout.memory(line)];
  }

  /** Where an L1 write-back put the line: the outer cache, or memory through it. */
  private String writtenBack(Transition t, int line, String name) {
    int mine = t.v[layout.cache(t.cpu, line)];
    String dropped = "CPU" + t.cpu + " cache: " + name + " dropped";
    if (mine == NONE || (mine & 1) == 0) {
      return mine == NONE ? "CPU" + t.cpu + " cache: no copy of " + name : dropped + " (clean)";
    }
    return t.n[layout.memory(line)] != t.v[layout.memory(line)]
        ? dropped + ", written through to memory: " + name + " v" + t.n[layout.memory(line)]
        : dropped + ", written back; outer cache: " + outerCopy(t.n, line, name);
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
          t.outcome(CacheDmaFamily.Outcome.class) == CacheDmaFamily.Outcome.LOST
              ? t.proc.label + " reads " + name + lost(t, line)
              : t.proc.label
                  + " reads "
                  + name
                  + " version "
                  + (t.outcome(CacheDmaFamily.Outcome.class) == CacheDmaFamily.Outcome.OUTER_HIT
                      ? (t.v[layout.outer(line)] >> 1) + " from the outer cache"
                      : (t.v[layout.cache(t.cpu, line)] >> 1) + " from its cache")
                  + ", but memory holds version "
                  + t.v[layout.memory(line)];
      case DMA_READ -> {
        if (t.violation().orElseThrow() == Violation.Kind.LOST_WRITE) {
          yield "the device reads " + name + lost(t, line);
        }
        int holder = layout.dirtyOwner(t.v, line, NONE);
        yield "the device reads "
            + name
            + " version "
            + t.v[layout.memory(line)]
            + " from memory, but "
            + (holder == NONE ? "a CPU" : "CPU" + holder)
            + " wrote version "
            + t.v[layout.latest(line)]
            + " and "
            + (holder == NONE ? "the outer cache" : "its cache")
            + " still holds it";
      }
      default -> throw new IllegalStateException(t.op.kind() + " has no violation");
    };
  }

  /** The rest of a lost write's message: {@code version 1 from memory; version 2 was lost}. */
  private String lost(Transition t, int line) {
    return " version "
        + t.v[layout.memory(line)]
        + " from memory, but version "
        + t.v[layout.latest(line)]
        + " was written and no cache holds it any more: the write was lost";
  }
}
