package org.kclint.model;

/** Where a process runs: one CPU, a copy on every CPU, or a DMA device. */
public sealed interface Placement {

  record OnCpu(int cpu) implements Placement {}

  record EveryCpu() implements Placement {}

  record Device() implements Placement {}
}
