package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import com.google.common.collect.ImmutableList;

/** A machine's processes and who of them can move in a state: the scheduling rules. */
final class Processes {
  private final ImmutableList<Proc> procs;
  private final StateLayout layout;

  Processes(ImmutableList<Proc> procs, StateLayout layout) {
    this.procs = procs;
    this.layout = layout;
  }

  int size() {
    return procs.size();
  }

  Proc get(int p) {
    return procs.get(p);
  }

  /** Process {@code p}'s current operation. */
  Operation current(int[] v, int p) {
    return procs.get(p).code.get(v[layout.pc(p)]);
  }

  boolean done(int[] v, int p) {
    return v[layout.pc(p)] >= procs.get(p).code.size();
  }

  boolean running(int[] v, int p) {
    return v[layout.pc(p)] >= 0 && !done(v, p);
  }

  /** The process that moves for a CPU: a running interrupt, else its first unfinished thread. */
  int active(int[] v, int cpu) {
    int thread = NONE;
    for (int p = 0; p < procs.size(); p++) {
      Proc proc = procs.get(p);
      if (proc.cpu != cpu || proc.hardware || !running(v, p)) {
        continue;
      }
      if (proc.interrupt) {
        return p;
      }
      if (thread == NONE) {
        thread = p;
      }
    }
    return thread;
  }

  boolean interruptRunning(int[] v, int cpu) {
    for (int p = 0; p < procs.size(); p++) {
      if (procs.get(p).cpu == cpu && procs.get(p).interrupt && running(v, p)) {
        return true;
      }
    }
    return false;
  }

  boolean activeOnItsCpu(int[] v, int p) {
    return procs.get(p).independent() || active(v, procs.get(p).cpu) == p;
  }
}
