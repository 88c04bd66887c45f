package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.EnumSet;

/**
 * CPU caches and DMA: loads and stores through a CPU's cache, cache maintenance on one CPU or
 * broadcast, and a device reading and writing memory behind the caches. A line's copy is {@code
 * version << 1 | dirty}.
 *
 * <p>A scenario that maintains the outer cache ({@code outer_clean}, {@code outer_flush}) also has
 * one outer (L2) cache shared by the CPUs, as a PL310 is. Its copies are always clean: a CPU's
 * clean writes through it to memory, as the DMA API follows each L1 clean with outer_clean_range()
 * (arch/arm/mm/dma-mapping.c:690-697). A device writes memory behind it, so a copy it kept is
 * stale.
 */
final class CacheDmaFamily extends OperationFamily {
  /** Where a load found its line. */
  enum Outcome {
    /** In this CPU's cache. */
    HIT,
    /** Fetched into this CPU's cache from memory or another CPU's dirty copy. */
    MISS,
    /** Fetched into this CPU's cache from the outer cache. */
    OUTER_HIT
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
            OpKind.OUTER_CLEAN,
            OpKind.OUTER_FLUSH,
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
          int owner = layout.dirtyOwner(v, line, c);
          int outer = layout.outerCache ? v[layout.outer(line)] : NONE;
          int version;
          if (owner != NONE) {
            t.outcome(Outcome.MISS);
            version = v[layout.cache(owner, line)] >> 1;
          } else if (outer != NONE) {
            t.outcome(Outcome.OUTER_HIT);
            version = outer;
            if (outer < v[layout.memory(line)]) {
              t.violates(Violation.Kind.STALE_CACHE_DATA);
            }
          } else {
            t.outcome(Outcome.MISS);
            version = v[layout.memory(line)];
            if (layout.outerCache) {
              n[layout.outer(line)] = version;
            }
          }
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
            if (layout.outerCache && v[layout.outer(line)] != NONE) {
              n[layout.outer(line)] = copy >> 1;
            }
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
      case OUTER_CLEAN -> {
        // Its copies are clean already: the line stays valid, which is all there is to do.
      }
      case OUTER_FLUSH -> n[layout.outer(line)] = NONE;
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
