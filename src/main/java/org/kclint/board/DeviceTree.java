package org.kclint.board;

import com.google.common.collect.ImmutableList;

/**
 * A board's device tree after all definitions, overrides and deletions: what dtc would write into
 * the blob, with source positions kept.
 */
public record DeviceTree(
    String file, boolean plugin, ImmutableList<MemReserve> memoryReservations, DtNode root) {

  /** A {@code /memreserve/} entry. */
  public record MemReserve(long address, long size) {}
}
