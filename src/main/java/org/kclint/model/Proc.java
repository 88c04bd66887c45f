package org.kclint.model;

import com.google.common.collect.ImmutableList;

/**
 * A process instance of a machine. {@code cpu} is -1 for a device; {@code hardware} marks a CPU's
 * own hardware agent, which moves independently of that CPU's code and IRQ flag. Names and rendered
 * operations are computed once: exploration builds no text.
 */
final class Proc {
  final String name;
  final int cpu;
  final boolean interrupt;
  final boolean hardware;
  final ImmutableList<Operation> code;
  final ImmutableList<String> rendered;
  final String actor;
  final String label;

  /** How the handler of an IPI this process sends is named in traces. */
  final String ipiLabel;

  Proc(String name, int cpu, boolean interrupt, boolean hardware, ImmutableList<Operation> code) {
    this.name = name;
    this.cpu = cpu;
    this.interrupt = interrupt;
    this.hardware = hardware;
    this.code = code;
    this.rendered = code.stream().map(Operation::render).collect(ImmutableList.toImmutableList());
    this.actor = cpu < 0 ? "DEV" : "CPU" + cpu;
    this.label = actor + " " + name;
    this.ipiLabel = "handle IPI from " + label;
  }

  /** Moves on its own, not as one of its CPU's contexts. */
  boolean independent() {
    return cpu < 0 || hardware;
  }
}
