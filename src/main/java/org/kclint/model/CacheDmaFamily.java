package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import java.util.EnumSet;

/**
 * CPU caches and DMA: loads and stores through a CPU's cache, cache maintenance on one CPU or
 * broadcast, and a device reading and writing memory behind the caches. A line's copy is {@code
 * version << 1 | dirty}.
 *
 * <p>A scenario that uses the outer cache's operations also has one outer (L2) cache shared by the
 * CPUs, as a PL310 or a Cortex-A7 cluster's L2 is; its copies are encoded as the CPUs' are. A CPU's
 * {@code clean} writes through it to memory, as the DMA API follows each L1 clean with
 * outer_clean_range() (arch/arm/mm/dma-mapping.c:690-697); {@code writeback} (an L1 eviction, or an
 * L1 clean and invalidate by set/way completing) leaves the line dirty in it. A device writes
 * memory behind it, so a copy it kept is stale. Its debug mode (the PL310's debug register with
 * write-back and linefill disabled) makes a write-back go through to memory and a miss not
 * allocate.
 */
final class CacheDmaFamily extends OperationFamily {
  /** Where a load found its line. */
  enum Outcome {
    /** In this CPU's cache. */
    HIT,
    /** Fetched into this CPU's cache from memory or another CPU's dirty copy. */
    MISS,
    /** Fetched into this CPU's cache from the outer cache. */
    OUTER_HIT,
    /** Fetched from memory, which lacks the newest write, and no cache holds it: it was lost. */
    LOST
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
            OpKind.WRITEBACK,
            OpKind.OUTER_CLEAN,
            OpKind.OUTER_INV,
            OpKind.OUTER_FLUSH,
            OpKind.OUTER_DEBUG_ON,
            OpKind.OUTER_DEBUG_OFF,
            OpKind.DMA_READ,
            OpKind.DMA_WRITE),
        new CacheDmaWording(layout));
  }

  @Override
  boolean apply(Transition t) {
    int[] v = t.v;
    int[] n = t.n;
    int c = t.cpu;
    int line = t.op.operands().isEmpty() ? NONE : layout.id(t.op, 0);
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
            version = outer >> 1;
            if (version < v[layout.memory(line)]) {
              t.violates(Violation.Kind.STALE_CACHE_DATA);
            }
          } else {
            version = v[layout.memory(line)];
            // Nobody holds a newer copy (the cases above), so a newer write is gone for good.
            boolean lost = version < v[layout.latest(line)];
            t.outcome(lost ? Outcome.LOST : Outcome.MISS);
            if (lost) {
              t.violates(Violation.Kind.LOST_WRITE);
            }
            if (layout.outerCache && v[layout.outerDebug()] == 0) {
              n[layout.outer(line)] = version << 1;
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
              n[layout.outer(line)] = copy & ~1;
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
      case WRITEBACK -> {
        int mine = v[layout.cache(c, line)];
        n[layout.cache(c, line)] = NONE;
        if (mine != NONE && (mine & 1) == 1) {
          if (v[layout.outerDebug()] == 1) {
            n[layout.memory(line)] = mine >> 1;
            // Write-through without linefill: a copy the outer cache holds is updated, none made.
            if (v[layout.outer(line)] != NONE) {
              n[layout.outer(line)] = mine & ~1;
            }
          } else {
            n[layout.outer(line)] = mine;
          }
        }
      }
      case OUTER_CLEAN -> cleanOuter(v, n, line);
      case OUTER_INV -> n[layout.outer(line)] = NONE;
      case OUTER_FLUSH -> {
        cleanOuter(v, n, line);
        n[layout.outer(line)] = NONE;
      }
      case OUTER_DEBUG_ON -> n[layout.outerDebug()] = 1;
      case OUTER_DEBUG_OFF -> n[layout.outerDebug()] = 0;
      case DMA_READ -> {
        if (v[layout.memory(line)] < v[layout.latest(line)]) {
          boolean held = layout.dirtyOwner(v, line, NONE) != NONE || outerDirty(v, line);
          t.violates(held ? Violation.Kind.DMA_STALE_DATA : Violation.Kind.LOST_WRITE);
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

  private boolean outerDirty(int[] v, int line) {
    return layout.outerCache && v[layout.outer(line)] != NONE && (v[layout.outer(line)] & 1) == 1;
  }

  /** Writes a dirty outer copy back to memory; the copy stays, clean. */
  private void cleanOuter(int[] v, int[] n, int line) {
    int outer = v[layout.outer(line)];
    if (outerDirty(v, line)) {
      n[layout.memory(line)] = outer >> 1;
      n[layout.outer(line)] = outer & ~1;
    }
  }

  private void invalidateOthers(int[] n, int line, int cpu) {
    for (int d = 0; d < layout.cpus; d++) {
      if (d != cpu) {
        n[layout.cache(d, line)] = NONE;
      }
    }
  }
}
