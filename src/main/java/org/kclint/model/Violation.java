package org.kclint.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong at the end of a trace. For a deadlock, {@code waitFor} is the wait-for cycle (or,
 * when the processes wait on a CPU that will never take an interrupt, every edge).
 */
public record Violation(Kind kind, String message, ImmutableList<WaitEdge> waitFor) {

  public enum Kind {
    /**
     * Some processes can never move again and have not finished; a CPU parked for good (at {@code
     * park}) is idle, not one of them.
     */
    DEADLOCK,
    /** A CPU used a TLB entry for a page that was freed or remapped. */
    STALE_TRANSLATION,
    /** A device read memory older than the data a CPU cache holds. */
    DMA_STALE_DATA,
    /** A CPU read a cache line older than what a device wrote to memory. */
    STALE_CACHE_DATA,
    /** A scenario's own assertion failed. */
    ASSERTION,
    /**
     * A reader got a line from memory older than the newest write, which no cache holds any more:
     * the write was dropped (an outer cache invalidated its dirty copy).
     */
    LOST_WRITE;

    /** The name traces use, e.g. {@code stale-translation}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Kind> byId(String id) {
      return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
  }
}
