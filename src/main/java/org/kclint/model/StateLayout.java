package org.kclint.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of a machine state sits in its packed int array, and the index of each named
 * resource.
 *
 * <p>Layout (ints): per process {@code pc, phase}; per CPU {@code irq, pendingIpis} (a bit per
 * sending process); per lock its owner process or -1; per page its frame or -1; per CPU and page
 * the TLB's frame or -1; the freed frames and the signalled flags as bits; per CPU and line the
 * cached copy ({@code version << 1 | dirty}, or -1); per line the memory version and the newest
 * version; in a scenario with an outer cache, per line the outer cache's copy (encoded as a CPU's,
 * or -1) and then its debug mode (1: write-back and linefill disabled); in a scenario with store
 * buffers, per CPU and then for the outer cache the flags its store buffer holds (bits). An
 * interrupt process that has not started has pc -1.
 */
final class StateLayout {
  /** No owner, no frame, no copy; an interrupt process not started. */
  static final int NONE = -1;

  static final int MAX_BITS = 31;

  final int cpus;

  /** Whether the scenario has an outer (L2) cache, i.e. uses its maintenance operations. */
  final boolean outerCache;

  /** Whether the scenario has store buffers, i.e. uses their stores, barriers or drains. */
  final boolean storeBuffers;

  private final Scenario scenario;
  private final Map<ResourceKind, Map<String, Integer>> index = new HashMap<>();

  /** Operand indices by operation identity: an operation's record hash is far too slow here. */
  private final Map<Operation, int[]> operandIds = new java.util.IdentityHashMap<>();

  private final int nLines;
  private final int nPages;
  private final int offCpu;
  private final int offLock;
  private final int offPt;
  private final int offTlb;
  private final int offFreed;
  private final int offFlags;
  private final int offCache;
  private final int offMem;
  private final int offLatest;
  private final int offOuter;
  private final int offStoreBuffers;
  private final int size;

  StateLayout(
      Scenario scenario, int processes, int cpus, boolean outerCache, boolean storeBuffers) {
    this.scenario = scenario;
    this.cpus = cpus;
    this.outerCache = outerCache;
    this.storeBuffers = storeBuffers;
    for (ResourceKind kind : ResourceKind.values()) {
      Map<String, Integer> byName = new HashMap<>();
      List<String> names = scenario.resources(kind);
      for (int i = 0; i < names.size(); i++) {
        byName.put(names.get(i), i);
      }
      index.put(kind, byName);
    }
    if (scenario.resources(ResourceKind.FRAME).size() > MAX_BITS
        || scenario.resources(ResourceKind.FLAG).size() > MAX_BITS) {
      throw new IllegalArgumentException("at most " + MAX_BITS + " frames and flags");
    }
    int nLocks = scenario.resources(ResourceKind.LOCK).size();
    nPages = scenario.resources(ResourceKind.PAGE).size();
    nLines = scenario.resources(ResourceKind.LINE).size();
    offCpu = 2 * processes;
    offLock = offCpu + 2 * cpus;
    offPt = offLock + nLocks;
    offTlb = offPt + nPages;
    offFreed = offTlb + cpus * nPages;
    offFlags = offFreed + 1;
    offCache = offFlags + 1;
    offMem = offCache + cpus * nLines;
    offLatest = offMem + nLines;
    offOuter = offLatest + nLines;
    // Scenarios without an outer cache or store buffers keep their states as they were: no cells
    // for them.
    offStoreBuffers = offOuter + (outerCache ? nLines + 1 : 0);
    size = offStoreBuffers + (storeBuffers ? cpus + 1 : 0);
  }

  /** A state of this layout before anything happened: every cell that can be empty is. */
  int[] empty() {
    int[] v = new int[size];
    java.util.Arrays.fill(v, offLock, offTlb + cpus * nPages, NONE);
    java.util.Arrays.fill(v, offCache, offCache + cpus * nLines, NONE);
    java.util.Arrays.fill(v, offOuter, offOuter + (outerCache ? nLines : 0), NONE);
    return v;
  }

  int pc(int process) {
    return 2 * process;
  }

  int phase(int process) {
    return 2 * process + 1;
  }

  /** 1 when the CPU takes interrupts, 0 when its IRQs are off. */
  int irq(int cpu) {
    return offCpu + 2 * cpu;
  }

  /** The CPU's pending IPIs, a bit per sending process. */
  int pendingIpis(int cpu) {
    return offCpu + 2 * cpu + 1;
  }

  int lock(int lock) {
    return offLock + lock;
  }

  int pageTable(int page) {
    return offPt + page;
  }

  int tlb(int cpu, int page) {
    return offTlb + cpu * nPages + page;
  }

  int freed() {
    return offFreed;
  }

  int flags() {
    return offFlags;
  }

  int cache(int cpu, int line) {
    return offCache + cpu * nLines + line;
  }

  int memory(int line) {
    return offMem + line;
  }

  /** The outer cache's copy of the line: {@code version << 1 | dirty}, or NONE. */
  int outer(int line) {
    return offOuter + line;
  }

  /** The outer cache's debug mode: 1 while write-back and linefill are disabled, else 0. */
  int outerDebug() {
    return offOuter + nLines;
  }

  /** The flags (bits) the CPU's store buffer holds, not yet visible to the others. */
  int storeBuffer(int cpu) {
    return offStoreBuffers + cpu;
  }

  /** The flags (bits) the outer cache's store buffer holds, not yet in memory. */
  int outerStoreBuffer() {
    return storeBuffer(cpus);
  }

  /** Store buffer {@code b} by name: a CPU's for b below {@link #cpus}, else the outer cache's. */
  String storeBufferName(int b) {
    return b < cpus ? "CPU" + b + "'s store buffer" : "the outer cache's store buffer";
  }

  /**
   * The flags the CPU (NONE: a device) sees: the signalled ones, and for a CPU also those in its
   * own store buffer and in the outer cache's, whose reads go through it.
   */
  int flagsSeenBy(int[] v, int cpu) {
    if (!storeBuffers || cpu == NONE) {
      return v[flags()];
    }
    return v[flags()] | v[storeBuffer(cpu)] | v[outerStoreBuffer()];
  }

  /** The newest version of the line anyone wrote. */
  int latest(int line) {
    return offLatest + line;
  }

  /** The index of an operation's operand (0) or target (1) among the resources of its kind. */
  int id(Operation op, int operand) {
    return operandIds.computeIfAbsent(op, this::resolve)[operand];
  }

  private int[] resolve(Operation op) {
    OpKind k = op.kind();
    int[] ids = new int[op.operands().size()];
    for (int i = 0; i < ids.length; i++) {
      ResourceKind kind = i == 0 ? k.operand().orElseThrow() : k.target().orElseThrow();
      ids[i] = index.get(kind).get(op.operands().get(i));
    }
    return ids;
  }

  String frame(int frame) {
    return scenario.resources(ResourceKind.FRAME).get(frame);
  }

  /** The names of the flags set in {@code bits}, in declaration order. */
  List<String> flagNames(int bits) {
    List<String> names = scenario.resources(ResourceKind.FLAG);
    return java.util.stream.IntStream.range(0, names.size())
        .filter(i -> (bits & (1 << i)) != 0)
        .mapToObj(names::get)
        .toList();
  }

  /** The CPU other than {@code except} (or any, with NONE) holding the line dirty, or NONE. */
  int dirtyOwner(int[] v, int line, int except) {
    for (int d = 0; d < cpus; d++) {
      int copy = v[cache(d, line)];
      if (d != except && copy != NONE && (copy & 1) == 1) {
        return d;
      }
    }
    return NONE;
  }

  /** Whether some CPU has not yet acknowledged process {@code p}'s IPI. */
  boolean awaitsAck(int[] v, int p) {
    for (int d = 0; d < cpus; d++) {
      if ((v[pendingIpis(d)] & (1 << p)) != 0) {
        return true;
      }
    }
    return false;
  }

  String irqState(int[] v, int cpu) {
    return v[irq(cpu)] == 1 ? "IRQs on" : "IRQs off";
  }
}
