package org.kclint.model;

/**
 * Where a process runs: one CPU, a copy on every CPU, a CPU's own hardware (such as its page-table
 * walker, which runs alongside the CPU's code, IRQs or not), or a DMA device.
 */
public sealed interface Placement {

  record OnCpu(int cpu) implements Placement {}

  record EveryCpu() implements Placement {}

  record CpuHardware(int cpu) implements Placement {}

  record Device() implements Placement {}
}
