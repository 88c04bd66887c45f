package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.EnumSet;

/**
 * CPU caches and DMA: loads and stores through a CPU's cache, cache maintenance on one CPU or
 * broadcast, and a device reading and writing memory behind the caches. A line's copy is {@code
 * version << 1 | dirty}.
 */
final class CacheDmaFamily extends OperationFamily {
  /** Where a load found its line. */
  enum Outcome {
    /** In this CPU's cache. */
    HIT,
    /** Fetched into this CPU's cache from memory or another CPU's dirty copy. */
    MISS
  }

  CacheDmaFamily(StateLayout layout) {
    super(
        layout,
        EnumSet.of(
            OpKind.LOAD,
            OpKind.STORE,
            OpKind.OWN,
            OpKind.CLEAN,
            OpKind.CLEAN_BCAST,
            OpKind.INV,
            OpKind.INV_BCAST,
            OpKind.DMA_READ,
            OpKind.DMA_WRITE),
        new CacheDmaWording(layout));
  }

  @Override
  boolean apply(Transition t) {
    int[] v = t.v;
    int[] n = t.n;
    int c = t.cpu;
    int line = layout.id(t.op, 0);
    switch (t.op.kind()) {
      case LOAD -> {
        int mine = v[layout.cache(c, line)];
        if (mine != NONE) {
          t.outcome(Outcome.HIT);
          if ((mine >> 1) < v[layout.latest(line)]) {
            t.violates(Violation.Kind.STALE_CACHE_DATA);
          }
        } else {
          t.outcome(Outcome.MISS);
          int owner = layout.dirtyOwner(v, line, c);
          int version = owner == NONE ? v[layout.memory(line)] : v[layout.cache(owner, line)] >> 1;
          n[layout.cache(c, line)] = version << 1;
        }
      }
      case STORE -> {
        int version = v[layout.latest(line)] + 1;
        n[layout.latest(line)] = version;
        invalidateOthers(n, line, c);
        n[layout.cache(c, line)] = version << 1 | 1;
      }
      case OWN -> {
        int owner = layout.dirtyOwner(v, line, c);
        int mine = v[layout.cache(c, line)];
        int version =
            owner != NONE
                ? v[layout.cache(owner, line)] >> 1
                : mine != NONE ? mine >> 1 : v[layout.memory(line)];
        invalidateOthers(n, line, c);
        n[layout.cache(c, line)] = version << 1 | 1;
      }
      case CLEAN, CLEAN_BCAST -> {
        for (int d = 0; d < layout.cpus; d++) {
          int copy = v[layout.cache(d, line)];
          if ((d == c || t.op.kind() == OpKind.CLEAN_BCAST) && copy != NONE && (copy & 1) == 1) {
            n[layout.memory(line)] = copy >> 1;
            n[layout.cache(d, line)] = copy & ~1;
          }
        }
      }
      case INV, INV_BCAST -> {
        for (int d = 0; d < layout.cpus; d++) {
          if (d == c || t.op.kind() == OpKind.INV_BCAST) {
            n[layout.cache(d, line)] = NONE;
          }
        }
      }
      case DMA_READ -> {
        if (v[layout.memory(line)] < v[layout.latest(line)]) {
          t.violates(Violation.Kind.DMA_STALE_DATA);
        }
      }
      case DMA_WRITE -> {
        int version = v[layout.latest(line)] + 1;
        n[layout.latest(line)] = version;
        n[layout.memory(line)] = version;
      }
      default -> throw new IllegalStateException(t.op.kind() + " is not a cache operation");
    }
    return true;
  }

  private void invalidateOthers(int[] n, int line, int cpu) {
    for (int d = 0; d < layout.cpus; d++) {
      if (d != cpu) {
        n[layout.cache(d, line)] = NONE;
      }
    }
  }
}
