package org.kclint.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario instantiated for one set of parameter values: the processes' straight-line code and
 * the transition relation over packed states.
 *
 * <p>State layout (ints): per process {@code pc, phase}; per CPU {@code irq, pendingIpis} (a bit
 * per sending process); per lock its owner process or -1; per page its frame or -1; per CPU and
 * page the TLB's frame or -1; the freed frames and the signalled flags as bits; per CPU and line
 * the cached copy ({@code version << 1 | dirty}, or -1); per line the memory version and the newest
 * version. An interrupt process that has not started has pc -1.
 */
final class Machine {
  private static final int PHASE_RUN = 0;
  private static final int PHASE_SPIN = 1;
  private static final int PHASE_ACKS = 2;
  private static final int NONE = -1;
  private static final int MAX_PROCESSES = 31;
  private static final int MAX_BITS = 31;

  /**
   * A process instance. {@code cpu} is -1 for a device; {@code hardware} marks a CPU's own hardware
   * agent, which moves independently of that CPU's code and IRQ flag. Names and rendered operations
   * are computed once: exploration builds no text.
   */
  private static final class Proc {
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

    String name() {
      return name;
    }

    int cpu() {
      return cpu;
    }

    boolean interrupt() {
      return interrupt;
    }

    boolean hardware() {
      return hardware;
    }

    ImmutableList<Operation> code() {
      return code;
    }

    ImmutableList<String> rendered() {
      return rendered;
    }

    String actor() {
      return actor;
    }

    String label() {
      return label;
    }

    /** Moves on its own, not as one of its CPU's contexts. */
    boolean independent() {
      return cpu < 0 || hardware;
    }
  }

  private final Scenario scenario;
  private final ImmutableMap<String, ParamValue> parameters;
  private final int cpus;
  private final ImmutableList<String> cpuNames;
  private final ImmutableList<Proc> procs;
  private final Map<ResourceKind, Map<String, Integer>> index = new HashMap<>();

  /** Operand indices by operation identity: an operation's record hash is far too slow here. */
  private final Map<Operation, int[]> operandIds = new java.util.IdentityHashMap<>();

  private final int nLocks;
  private final int nPages;
  private final int nLines;
  private final int offCpu;
  private final int offLock;
  private final int offPt;
  private final int offTlb;
  private final int offFreed;
  private final int offFlags;
  private final int offCache;
  private final int offMem;
  private final int offLatest;
  private final int size;
  private final State initial;

  Machine(Scenario scenario, ImmutableMap<String, ParamValue> parameters) {
    this.scenario = scenario;
    this.parameters = parameters;
    this.cpus = ((ParamValue.Int) parameters.get(Scenario.CPUS)).value();
    ImmutableList.Builder<String> cpuNameList = ImmutableList.builder();
    for (int c = 0; c < cpus; c++) {
      cpuNameList.add("CPU" + c);
    }
    this.cpuNames = cpuNameList.build();
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
    ImmutableList.Builder<Proc> b = ImmutableList.builder();
    for (ProcessDecl d : scenario.processes()) {
      ImmutableList<Operation> code = flatten(d.body());
      if (d.placement() instanceof Placement.OnCpu on) {
        if (on.cpu() < cpus) {
          b.add(new Proc(d.name(), on.cpu(), d.interrupt(), false, code));
        }
      } else if (d.placement() instanceof Placement.CpuHardware on) {
        if (on.cpu() < cpus) {
          b.add(new Proc(d.name(), on.cpu(), false, true, code));
        }
      } else if (d.placement() instanceof Placement.EveryCpu) {
        for (int c = 0; c < cpus; c++) {
          b.add(new Proc(d.name(), c, d.interrupt(), false, code));
        }
      } else {
        b.add(new Proc(d.name(), NONE, false, false, code));
      }
    }
    this.procs = b.build();
    if (procs.size() > MAX_PROCESSES) {
      throw new IllegalArgumentException(
          "scenario "
              + scenario.name()
              + " has "
              + procs.size()
              + " processes at "
              + cpus
              + " CPUs; the model takes at most "
              + MAX_PROCESSES);
    }
    nLocks = scenario.resources(ResourceKind.LOCK).size();
    nPages = scenario.resources(ResourceKind.PAGE).size();
    nLines = scenario.resources(ResourceKind.LINE).size();
    offCpu = 2 * procs.size();
    offLock = offCpu + 2 * cpus;
    offPt = offLock + nLocks;
    offTlb = offPt + nPages;
    offFreed = offTlb + cpus * nPages;
    offFlags = offFreed + 1;
    offCache = offFlags + 1;
    offMem = offCache + cpus * nLines;
    offLatest = offMem + nLines;
    size = offLatest + nLines;
    this.initial = initialState();
  }

  State initial() {
    return initial;
  }

  private ImmutableList<Operation> flatten(List<Statement> body) {
    ImmutableList.Builder<Operation> out = ImmutableList.builder();
    for (Statement s : body) {
      if (s instanceof Statement.If branch) {
        out.addAll(
            flatten(branch.condition().holds(parameters) ? branch.then() : branch.otherwise()));
      } else {
        out.add((Operation) s);
      }
    }
    return out.build();
  }

  private State initialState() {
    int[] v = new int[size];
    for (int p = 0; p < procs.size(); p++) {
      v[2 * p] = procs.get(p).interrupt() ? NONE : 0;
    }
    for (int c = 0; c < cpus; c++) {
      v[offCpu + 2 * c] = 1;
    }
    java.util.Arrays.fill(v, offLock, offLock + nLocks, NONE);
    java.util.Arrays.fill(v, offPt, offTlb + cpus * nPages, NONE);
    java.util.Arrays.fill(v, offCache, offCache + cpus * nLines, NONE);
    for (Operation op : flatten(scenario.init())) {
      switch (op.kind()) {
        case MAP -> v[offPt + id(op, 0)] = id(op, 1);
        case TLB_FILL -> {
          for (int c = 0; c < cpus; c++) {
            v[tlb(c, id(op, 0))] = v[offPt + id(op, 0)];
          }
        }
        case FREE -> v[offFreed] |= 1 << id(op, 0);
        case SIGNAL -> v[offFlags] |= 1 << id(op, 0);
        default -> throw new IllegalStateException("not an init operation: " + op.render());
      }
    }
    return new State(v);
  }

  /** How the initial state differs from an empty machine, for trace headers. */
  String describeInitial() {
    List<String> parts = new ArrayList<>();
    for (Operation op : flatten(scenario.init())) {
      parts.add(
          switch (op.kind()) {
            case MAP -> "page table: " + op.operands().get(0) + " -> " + op.operands().get(1);
            case TLB_FILL -> "every TLB caches " + op.operands().get(0);
            case FREE -> op.operands().get(0) + " free";
            default -> op.operands().get(0) + " signalled";
          });
    }
    parts.add("IRQs on everywhere");
    return String.join("; ", parts);
  }

  /** The index of an operation's operand (0) or target (1) among the resources of its kind. */
  private int id(Operation op, int operand) {
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

  private int tlb(int cpu, int page) {
    return offTlb + cpu * nPages + page;
  }

  private int cache(int cpu, int line) {
    return offCache + cpu * nLines + line;
  }

  private boolean done(int[] v, int p) {
    return v[2 * p] >= procs.get(p).code().size();
  }

  private boolean running(int[] v, int p) {
    return v[2 * p] >= 0 && !done(v, p);
  }

  /** The process that moves for a CPU: a running interrupt, else its first unfinished thread. */
  private int active(int[] v, int cpu) {
    int thread = NONE;
    for (int p = 0; p < procs.size(); p++) {
      Proc proc = procs.get(p);
      if (proc.cpu() != cpu || proc.hardware() || !running(v, p)) {
        continue;
      }
      if (proc.interrupt()) {
        return p;
      }
      if (thread == NONE) {
        thread = p;
      }
    }
    return thread;
  }

  private boolean interruptRunning(int[] v, int cpu) {
    for (int p = 0; p < procs.size(); p++) {
      if (procs.get(p).cpu() == cpu && procs.get(p).interrupt() && running(v, p)) {
        return true;
      }
    }
    return false;
  }

  /** Every enabled move, in a fixed order: per CPU its IPIs, interrupts, process; then devices. */
  List<Move> moves(State s, boolean describe) {
    int[] v = s.v;
    List<Move> out = new ArrayList<>();
    for (int c = 0; c < cpus; c++) {
      int irq = offCpu + 2 * c;
      if (v[irq] == 1) {
        int pending = v[irq + 1];
        for (int sender = 0; sender < procs.size(); sender++) {
          if ((pending & (1 << sender)) != 0) {
            out.add(deliverIpi(v, c, sender, describe));
          }
        }
        if (!interruptRunning(v, c)) {
          for (int p = 0; p < procs.size(); p++) {
            if (procs.get(p).cpu() == c && procs.get(p).interrupt() && v[2 * p] == NONE) {
              out.add(startInterrupt(v, p, describe));
            }
          }
        }
      }
      int p = active(v, c);
      if (p != NONE) {
        step(v, p, describe).ifPresent(out::add);
      }
    }
    for (int p = 0; p < procs.size(); p++) {
      if (procs.get(p).independent() && !done(v, p)) {
        step(v, p, describe).ifPresent(out::add);
      }
    }
    return out;
  }

  private Move deliverIpi(int[] v, int cpu, int sender, boolean describe) {
    int[] n = v.clone();
    n[offCpu + 2 * cpu + 1] &= ~(1 << sender);
    Operation op = procs.get(sender).code().get(v[2 * sender]);
    int page = id(op, 0);
    n[tlb(cpu, page)] = NONE;
    String from = procs.get(sender).label();
    return new Move(
        cpuNames.get(cpu),
        "ipi",
        procs.get(sender).ipiLabel,
        Optional.of("ipi_flush_tlb_kernel_range(): local invalidate, then acknowledge"),
        describe
            ? "CPU"
                + cpu
                + " TLB: "
                + op.operands().get(0)
                + " invalidated; acknowledged to "
                + from
            : "",
        new State(n),
        Optional.empty());
  }

  private Move startInterrupt(int[] v, int p, boolean describe) {
    int[] n = v.clone();
    Proc proc = procs.get(p);
    n[2 * p] = 0;
    n[offCpu + 2 * proc.cpu()] = 0;
    String changed = describe ? "CPU" + proc.cpu() + " enters " + proc.name() + ", IRQs off" : "";
    if (proc.code().isEmpty()) {
      n[offCpu + 2 * proc.cpu()] = 1;
      changed += describe ? "; returns at once" : "";
    }
    return new Move(
        proc.actor(),
        proc.name(),
        "interrupt",
        Optional.empty(),
        changed,
        new State(n),
        Optional.empty());
  }

  /** The move of process {@code p}'s current operation, or empty when it is blocked. */
  private Optional<Move> step(int[] v, int p, boolean describe) {
    Proc proc = procs.get(p);
    Operation op = proc.code().get(v[2 * p]);
    int phase = v[2 * p + 1];
    int c = proc.cpu();
    int[] n = v.clone();
    String changed;
    Optional<Violation> violation = Optional.empty();
    boolean advance = true;
    switch (op.kind()) {
      case IRQ_DISABLE -> {
        n[offCpu + 2 * c] = 0;
        changed = !describe ? "" : "CPU" + c + " IRQs off";
      }
      case IRQ_ENABLE -> {
        n[offCpu + 2 * c] = 1;
        changed = !describe ? "" : "CPU" + c + " IRQs on";
      }
      case LOCK -> {
        int lock = offLock + id(op, 0);
        String name = op.operands().get(0);
        if (v[lock] == NONE) {
          n[lock] = p;
          n[2 * p + 1] = PHASE_RUN;
          changed =
              !describe
                  ? ""
                  : name
                      + " held by "
                      + proc.label()
                      + (phase == PHASE_SPIN ? " after spinning" : "");
        } else if (phase == PHASE_RUN) {
          n[2 * p + 1] = PHASE_SPIN;
          advance = false;
          changed =
              !describe
                  ? ""
                  : "spins: " + name + " held by " + procs.get(v[lock]).label() + irqs(v, c);
        } else {
          return Optional.empty();
        }
      }
      case UNLOCK -> {
        int lock = offLock + id(op, 0);
        if (v[lock] != p) {
          String what = "unlocks " + op.operands().get(0) + " without holding it";
          changed = what;
          violation = Optional.of(assertion(proc.label() + " " + what));
        } else {
          n[lock] = NONE;
          changed = !describe ? "" : op.operands().get(0) + " free";
        }
      }
      case MAP -> {
        n[offPt + id(op, 0)] = id(op, 1);
        changed =
            !describe ? "" : "page table: " + op.operands().get(0) + " -> " + op.operands().get(1);
      }
      case UNMAP -> {
        n[offPt + id(op, 0)] = NONE;
        changed = !describe ? "" : "page table: " + op.operands().get(0) + " unmapped";
      }
      case FREE -> {
        n[offFreed] |= 1 << id(op, 0);
        changed = !describe ? "" : op.operands().get(0) + " freed";
      }
      case TLB_FILL, ACCESS -> {
        int page = id(op, 0);
        String pageName = op.operands().get(0);
        int cached = v[tlb(c, page)];
        int mapped = v[offPt + page];
        if (op.kind() == OpKind.ACCESS && cached != NONE) {
          String frame = scenario.resources(ResourceKind.FRAME).get(cached);
          boolean freed = (v[offFreed] & (1 << cached)) != 0;
          if (freed || (mapped != NONE && mapped != cached)) {
            changed = !describe ? "" : "uses stale TLB entry " + pageName + " -> " + frame;
            String why =
                freed
                    ? frame + " was freed"
                    : "the page table maps "
                        + pageName
                        + " -> "
                        + scenario.resources(ResourceKind.FRAME).get(mapped);
            violation =
                Optional.of(
                    new Violation(
                        Violation.Kind.STALE_TRANSLATION,
                        proc.label()
                            + " accesses "
                            + pageName
                            + " through its TLB entry "
                            + pageName
                            + " -> "
                            + frame
                            + ", but "
                            + why,
                        ImmutableList.of()));
          } else {
            changed = !describe ? "" : "CPU" + c + " accesses " + frame + " through its TLB";
            violation = misdirected(proc, op, cached);
          }
        } else if (mapped != NONE) {
          n[tlb(c, page)] = mapped;
          changed =
              !describe
                  ? ""
                  : "CPU"
                      + c
                      + " TLB: "
                      + pageName
                      + " -> "
                      + scenario.resources(ResourceKind.FRAME).get(mapped)
                      + " (page-table walk)";
          violation = op.kind() == OpKind.ACCESS ? misdirected(proc, op, mapped) : Optional.empty();
        } else {
          changed =
              !describe
                  ? ""
                  : pageName
                      + " not mapped: "
                      + (op.kind() == OpKind.ACCESS ? "page fault" : "nothing cached");
          violation = op.kind() == OpKind.ACCESS ? misdirected(proc, op, NONE) : Optional.empty();
        }
      }
      case TLB_INSERT -> {
        n[tlb(c, id(op, 0))] = id(op, 1);
        changed =
            !describe
                ? ""
                : "CPU" + c + " TLB: " + op.operands().get(0) + " -> " + op.operands().get(1);
      }
      case TLB_FLUSH_LOCAL -> {
        n[tlb(c, id(op, 0))] = NONE;
        changed = !describe ? "" : "CPU" + c + " TLB: " + op.operands().get(0) + " invalidated";
      }
      case TLB_FLUSH_HW -> {
        for (int d = 0; d < cpus; d++) {
          n[tlb(d, id(op, 0))] = NONE;
        }
        changed =
            !describe
                ? ""
                : "every TLB: " + op.operands().get(0) + " invalidated by hardware broadcast";
      }
      case TLB_FLUSH_HW_PARTIAL -> {
        n[tlb(c, id(op, 0))] = NONE;
        changed =
            !describe
                ? ""
                : "CPU"
                    + c
                    + " TLB: "
                    + op.operands().get(0)
                    + " invalidated; the broadcast does not reach the other CPUs' entries";
      }
      case TLB_FLUSH_IPI -> {
        if (phase == PHASE_RUN) {
          n[tlb(c, id(op, 0))] = NONE;
          List<String> targets = new ArrayList<>();
          for (int d = 0; d < cpus; d++) {
            if (d != c) {
              n[offCpu + 2 * d + 1] |= 1 << p;
              targets.add("CPU" + d);
            }
          }
          changed = !describe ? "" : "CPU" + c + " TLB: " + op.operands().get(0) + " invalidated";
          if (!targets.isEmpty()) {
            n[2 * p + 1] = PHASE_ACKS;
            advance = false;
            if (describe) {
              changed +=
                  "; IPI sent to "
                      + String.join(", ", targets)
                      + "; waits for acknowledgement"
                      + irqs(v, c);
            }
          }
        } else if (!awaitsAck(v, p)) {
          n[2 * p + 1] = PHASE_RUN;
          changed = !describe ? "" : "every IPI acknowledged";
        } else {
          return Optional.empty();
        }
      }
      case LOAD -> {
        int line = id(op, 0);
        int mine = v[cache(c, line)];
        String name = op.operands().get(0);
        if (mine != NONE) {
          if ((mine >> 1) < v[offLatest + line]) {
            changed =
                !describe
                    ? ""
                    : "reads " + name + " v" + (mine >> 1) + " from CPU" + c + "'s cache";
            violation =
                Optional.of(
                    new Violation(
                        Violation.Kind.STALE_CACHE_DATA,
                        proc.label()
                            + " reads "
                            + name
                            + " version "
                            + (mine >> 1)
                            + " from its cache, but memory holds version "
                            + v[offMem + line],
                        ImmutableList.of()));
          } else {
            changed =
                !describe
                    ? ""
                    : "reads " + name + " v" + (mine >> 1) + " from CPU" + c + "'s cache";
          }
        } else {
          int owner = dirtyOwner(v, line, c);
          int version = owner == NONE ? v[offMem + line] : v[cache(owner, line)] >> 1;
          n[cache(c, line)] = version << 1;
          changed =
              !describe
                  ? ""
                  : "CPU"
                      + c
                      + " cache: "
                      + name
                      + " v"
                      + version
                      + " clean (from "
                      + (owner == NONE ? "memory" : "CPU" + owner + "'s cache")
                      + ")";
        }
      }
      case STORE -> {
        int line = id(op, 0);
        int version = v[offLatest + line] + 1;
        n[offLatest + line] = version;
        invalidateOthers(n, line, c);
        n[cache(c, line)] = version << 1 | 1;
        changed =
            !describe
                ? ""
                : "CPU" + c + " cache: " + op.operands().get(0) + " v" + version + " dirty";
      }
      case OWN -> {
        int line = id(op, 0);
        int owner = dirtyOwner(v, line, c);
        int mine = v[cache(c, line)];
        int version =
            owner != NONE
                ? v[cache(owner, line)] >> 1
                : mine != NONE ? mine >> 1 : v[offMem + line];
        invalidateOthers(n, line, c);
        n[cache(c, line)] = version << 1 | 1;
        changed =
            !describe
                ? ""
                : "CPU"
                    + c
                    + " cache: "
                    + op.operands().get(0)
                    + " v"
                    + version
                    + " dirty"
                    + (owner != NONE ? ", taken over from CPU" + owner : "")
                    + "; other copies invalidated";
      }
      case CLEAN, CLEAN_BCAST -> {
        int line = id(op, 0);
        List<String> cleaned = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
          int copy = v[cache(d, line)];
          if ((d == c || op.kind() == OpKind.CLEAN_BCAST) && copy != NONE && (copy & 1) == 1) {
            n[offMem + line] = copy >> 1;
            n[cache(d, line)] = copy & ~1;
            cleaned.add("CPU" + d);
          }
        }
        String name = op.operands().get(0);
        changed =
            !describe
                ? ""
                : cleaned.isEmpty()
                    ? "nothing dirty to write back"
                        + (op.kind() == OpKind.CLEAN ? " in CPU" + c : "")
                    : "memory: "
                        + name
                        + " v"
                        + n[offMem + line]
                        + " (written back from "
                        + String.join(", ", cleaned)
                        + ")";
        int other = dirtyOwner(n, line, c);
        if (other != NONE) {
          if (describe) {
            changed += "; CPU" + other + " still holds " + name + " dirty";
          }
        }
      }
      case INV, INV_BCAST -> {
        int line = id(op, 0);
        for (int d = 0; d < cpus; d++) {
          if (d == c || op.kind() == OpKind.INV_BCAST) {
            n[cache(d, line)] = NONE;
          }
        }
        changed =
            !describe
                ? ""
                : (op.kind() == OpKind.INV ? "CPU" + c + " cache" : "every cache")
                    + ": "
                    + op.operands().get(0)
                    + " invalidated";
      }
      case DMA_READ -> {
        int line = id(op, 0);
        String name = op.operands().get(0);
        changed =
            !describe ? "" : "device reads " + name + " v" + v[offMem + line] + " from memory";
        if (v[offMem + line] < v[offLatest + line]) {
          int holder = dirtyOwner(v, line, NONE);
          violation =
              Optional.of(
                  new Violation(
                      Violation.Kind.DMA_STALE_DATA,
                      "the device reads "
                          + name
                          + " version "
                          + v[offMem + line]
                          + " from memory, but "
                          + (holder == NONE ? "a CPU" : "CPU" + holder)
                          + " wrote version "
                          + v[offLatest + line]
                          + " and its cache still holds it",
                      ImmutableList.of()));
        }
      }
      case DMA_WRITE -> {
        int line = id(op, 0);
        int version = v[offLatest + line] + 1;
        n[offLatest + line] = version;
        n[offMem + line] = version;
        changed =
            !describe
                ? ""
                : "memory: " + op.operands().get(0) + " v" + version + " written by the device";
      }
      case SIGNAL -> {
        n[offFlags] |= 1 << id(op, 0);
        changed = !describe ? "" : op.operands().get(0) + " signalled";
      }
      case CLEAR -> {
        n[offFlags] &= ~(1 << id(op, 0));
        changed = !describe ? "" : op.operands().get(0) + " cleared";
      }
      case WAIT, PARK -> {
        if ((v[offFlags] & (1 << id(op, 0))) == 0) {
          return Optional.empty();
        }
        changed = !describe ? "" : op.operands().get(0) + " seen";
      }
      case ASSERT -> {
        boolean set = (v[offFlags] & (1 << id(op, 0))) != 0;
        changed =
            !describe ? "" : op.operands().get(0) + (set ? " is signalled" : " is not signalled");
        if (!set) {
          violation =
              Optional.of(
                  assertion(
                      proc.label()
                          + ": "
                          + op.note().orElse(op.operands().get(0) + " must be signalled here")));
        }
      }
      case ASSERT_IRQS_ENABLED -> {
        changed =
            !describe ? "" : "CPU" + c + " IRQs are " + (v[offCpu + 2 * c] == 1 ? "on" : "off");
        if (v[offCpu + 2 * c] == 0) {
          violation =
              Optional.of(
                  assertion(proc.label() + ": " + op.note().orElse("IRQs must be on here")));
        }
      }
      case ASSERT_HOLDS -> {
        int lock = offLock + id(op, 0);
        changed = !describe ? "" : op.operands().get(0) + (v[lock] == p ? " held" : " not held");
        if (v[lock] != p) {
          violation =
              Optional.of(
                  assertion(
                      proc.label() + ": " + op.note().orElse("must hold " + op.operands().get(0))));
        }
      }
      default -> throw new IllegalStateException(op.kind() + " in a process");
    }
    if (advance) {
      n[2 * p]++;
      if (proc.interrupt() && n[2 * p] == proc.code().size()) {
        n[offCpu + 2 * c] = 1;
        if (describe) {
          changed += "; returns from " + proc.name() + ", IRQs on";
        }
      }
    }
    return Optional.of(
        new Move(
            proc.actor(),
            proc.name(),
            proc.rendered().get(v[2 * p]),
            op.note(),
            changed,
            new State(n),
            violation));
  }

  /**
   * The violation of an {@code access PAGE -> FRAME} that reached {@code reached} (a frame index,
   * or -1 for a fault); empty when it reached the frame it names, or names none.
   */
  private Optional<Violation> misdirected(Proc proc, Operation op, int reached) {
    if (op.operands().size() < 2 || reached == id(op, 1)) {
      return Optional.empty();
    }
    String page = op.operands().get(0);
    String outcome =
        reached == NONE
            ? page + " is not mapped: page fault"
            : "it reaches " + scenario.resources(ResourceKind.FRAME).get(reached);
    return Optional.of(
        assertion(
            proc.label()
                + " accesses "
                + page
                + " expecting "
                + op.operands().get(1)
                + ", but "
                + outcome));
  }

  private static Violation assertion(String message) {
    return new Violation(Violation.Kind.ASSERTION, message, ImmutableList.of());
  }

  private String irqs(int[] v, int cpu) {
    return " (" + irqState(v, cpu) + ")";
  }

  private String irqState(int[] v, int cpu) {
    return v[offCpu + 2 * cpu] == 1 ? "IRQs on" : "IRQs off";
  }

  private int dirtyOwner(int[] v, int line, int except) {
    for (int d = 0; d < cpus; d++) {
      int copy = v[cache(d, line)];
      if (d != except && copy != NONE && (copy & 1) == 1) {
        return d;
      }
    }
    return NONE;
  }

  private void invalidateOthers(int[] n, int line, int cpu) {
    for (int d = 0; d < cpus; d++) {
      if (d != cpu) {
        n[cache(d, line)] = NONE;
      }
    }
  }

  /** The CPUs that have not yet acknowledged process {@code p}'s IPI. */
  private boolean awaitsAck(int[] v, int p) {
    for (int d = 0; d < cpus; d++) {
      if ((v[offCpu + 2 * d + 1] & (1 << p)) != 0) {
        return true;
      }
    }
    return false;
  }

  private List<Integer> awaitedBy(int[] v, int p) {
    List<Integer> out = new ArrayList<>();
    for (int d = 0; d < cpus; d++) {
      if ((v[offCpu + 2 * d + 1] & (1 << p)) != 0) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The deadlock of a state: the processes that can never move again, whatever the others do (a
   * greatest fixpoint over the wait-for relation), with a wait-for cycle among them; empty when
   * there are none. The rest of the machine may still be moving.
   */
  Optional<Violation> deadlock(State s) {
    int[] v = s.v;
    boolean[] dead = new boolean[procs.size()];
    boolean any = false;
    for (int p = 0; p < procs.size(); p++) {
      dead[p] = running(v, p) && (!activeOnItsCpu(v, p) || blocked(v, p));
      any |= dead[p];
    }
    if (!any) {
      return Optional.empty();
    }
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int p = 0; p < procs.size(); p++) {
        if (dead[p] && !stuck(v, p, dead)) {
          dead[p] = false;
          changed = true;
        }
      }
    }
    // Nobody stuck, or only CPUs parked for good (idle, not deadlocked): no violation, and no
    // wait-for edges to build, which keeps exploration from allocating them per state.
    boolean onlyParked = true;
    for (int p = 0; p < procs.size() && onlyParked; p++) {
      onlyParked = !dead[p] || parked(v, p);
    }
    if (onlyParked) {
      return Optional.empty();
    }
    List<List<WaitEdge>> edges = new ArrayList<>();
    List<List<Integer>> targets = new ArrayList<>();
    List<String> stuck = new ArrayList<>();
    for (int p = 0; p < procs.size(); p++) {
      edges.add(new ArrayList<>());
      targets.add(new ArrayList<>());
      if (dead[p]) {
        stuck.add(procs.get(p).label());
        waitsFor(v, p, edges.get(p), targets.get(p));
        for (int i = 0; i < targets.get(p).size(); i++) {
          int q = targets.get(p).get(i);
          if (q != NONE && !dead[q]) {
            targets.get(p).set(i, NONE);
          }
        }
      }
    }
    List<WaitEdge> cycle = findCycle(edges, targets);
    List<WaitEdge> shown = new ArrayList<>(cycle);
    if (shown.isEmpty()) {
      edges.forEach(shown::addAll);
    }
    StringBuilder message = new StringBuilder(String.join(", ", stuck));
    message.append(" can never move again");
    if (!cycle.isEmpty()) {
      message.append("; wait-for cycle: ");
      for (WaitEdge e : cycle) {
        message.append(e.waiter()).append(" -> ");
      }
      message.append(cycle.get(0).waiter());
    }
    return Optional.of(
        new Violation(Violation.Kind.DEADLOCK, message.toString(), ImmutableList.copyOf(shown)));
  }

  /** Whether the current operation of {@code p} cannot move now (as {@link #step} would find). */
  private boolean blocked(int[] v, int p) {
    Operation op = procs.get(p).code().get(v[2 * p]);
    int phase = v[2 * p + 1];
    return switch (op.kind()) {
      case LOCK -> phase == PHASE_SPIN && v[offLock + id(op, 0)] != NONE;
      case TLB_FLUSH_IPI -> phase == PHASE_ACKS && awaitsAck(v, p);
      case WAIT, PARK -> (v[offFlags] & (1 << id(op, 0))) == 0;
      default -> false;
    };
  }

  private boolean parked(int[] v, int p) {
    return activeOnItsCpu(v, p) && procs.get(p).code().get(v[2 * p]).kind() == OpKind.PARK;
  }

  private boolean activeOnItsCpu(int[] v, int p) {
    return procs.get(p).independent() || active(v, procs.get(p).cpu()) == p;
  }

  /** Whether blocked process {@code p} stays blocked as long as the {@code dead} ones do. */
  private boolean stuck(int[] v, int p, boolean[] dead) {
    Proc proc = procs.get(p);
    if (!activeOnItsCpu(v, p)) {
      return dead[active(v, proc.cpu())];
    }
    Operation op = proc.code().get(v[2 * p]);
    switch (op.kind()) {
      case LOCK -> {
        return dead[v[offLock + id(op, 0)]];
      }
      case TLB_FLUSH_IPI -> {
        // Every acknowledgement is needed; one CPU that never takes the IPI is enough.
        for (int d = 0; d < cpus; d++) {
          if ((v[offCpu + 2 * d + 1] & (1 << p)) != 0 && v[offCpu + 2 * d] == 0) {
            int q = active(v, d);
            if (q == NONE || dead[q]) {
              return true;
            }
          }
        }
        return false;
      }
      case WAIT, PARK -> {
        String flag = op.operands().get(0);
        for (int q = 0; q < procs.size(); q++) {
          if (running(v, q) && !dead[q] && signalsLater(v, q, flag)) {
            return false;
          }
        }
        return true;
      }
      default -> throw new IllegalStateException("blocked on " + op.render());
    }
  }

  private void waitsFor(int[] v, int p, List<WaitEdge> out, List<Integer> to) {
    Proc proc = procs.get(p);
    String me = proc.label();
    if (!activeOnItsCpu(v, p)) {
      int q = active(v, proc.cpu());
      String them = procs.get(q).label();
      String how = procs.get(q).interrupt() ? " is interrupted by " : " runs after ";
      out.add(new WaitEdge(me, them, me + how + them));
      to.add(q);
      return;
    }
    Operation op = proc.code().get(v[2 * p]);
    switch (op.kind()) {
      case LOCK -> {
        int owner = v[offLock + id(op, 0)];
        String them = procs.get(owner).label();
        out.add(
            new WaitEdge(
                me,
                them,
                me
                    + " spins on "
                    + op.operands().get(0)
                    + " with "
                    + irqState(v, proc.cpu())
                    + "; "
                    + them
                    + " holds it"));
        to.add(owner);
      }
      case TLB_FLUSH_IPI -> {
        for (int d : awaitedBy(v, p)) {
          int q = active(v, d);
          String them = q == NONE ? "CPU" + d : procs.get(q).label();
          out.add(
              new WaitEdge(
                  me,
                  them,
                  me
                      + " waits with "
                      + irqState(v, proc.cpu())
                      + " for the IPI acknowledgement of "
                      + them
                      + ", whose IRQs are off"));
          to.add(q);
        }
      }
      case WAIT, PARK -> {
        String flag = op.operands().get(0);
        for (int q = 0; q < procs.size(); q++) {
          if (running(v, q) && signalsLater(v, q, flag)) {
            String them = procs.get(q).label();
            out.add(
                new WaitEdge(
                    me, them, me + " waits for " + flag + ", which " + them + " signals later"));
            to.add(q);
          }
        }
        if (out.isEmpty()) {
          out.add(
              new WaitEdge(
                  me, "nobody", me + " waits for " + flag + ", which nobody signals any more"));
          to.add(NONE);
        }
      }
      default -> throw new IllegalStateException("blocked on " + op.render());
    }
  }

  private boolean signalsLater(int[] v, int q, String flag) {
    List<Operation> code = procs.get(q).code();
    for (int i = Math.max(v[2 * q], 0); i < code.size(); i++) {
      if (code.get(i).kind() == OpKind.SIGNAL && code.get(i).operands().get(0).equals(flag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first cycle found by depth-first search from the lowest-numbered process, in edge order.
   */
  private static List<WaitEdge> findCycle(List<List<WaitEdge>> edges, List<List<Integer>> targets) {
    for (int start = 0; start < edges.size(); start++) {
      List<Integer> path = new ArrayList<>();
      List<WaitEdge> via = new ArrayList<>();
      if (cycleFrom(start, edges, targets, path, via)) {
        return via;
      }
    }
    return List.of();
  }

  /** Extends {@code path}; on success {@code via} holds exactly the edges of the cycle. */
  private static boolean cycleFrom(
      int at,
      List<List<WaitEdge>> edges,
      List<List<Integer>> targets,
      List<Integer> path,
      List<WaitEdge> via) {
    path.add(at);
    for (int i = 0; i < targets.get(at).size(); i++) {
      int next = targets.get(at).get(i);
      if (next == NONE) {
        continue;
      }
      via.add(edges.get(at).get(i));
      int seen = path.indexOf(next);
      if (seen >= 0) {
        via.subList(0, seen).clear();
        return true;
      }
      if (cycleFrom(next, edges, targets, path, via)) {
        return true;
      }
      via.remove(via.size() - 1);
    }
    path.remove(path.size() - 1);
    return false;
  }
}
