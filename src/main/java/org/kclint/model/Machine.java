package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario instantiated for one set of parameter values: the processes' straight-line code and
 * the transition relation over packed states ({@link StateLayout}). The machine schedules: which
 * process moves on each CPU, when interrupts and IPIs are taken, and when an interrupt returns;
 * what an operation does is its {@link OperationFamily}'s, and deadlocks are {@link Deadlocks}'.
 */
final class Machine {
  private static final int MAX_PROCESSES = 31;

  /** The operations that give a scenario an outer (L2) cache. */
  private static final Set<OpKind> OUTER =
      EnumSet.of(
          OpKind.WRITEBACK,
          OpKind.OUTER_CLEAN,
          OpKind.OUTER_INV,
          OpKind.OUTER_FLUSH,
          OpKind.OUTER_DEBUG_ON,
          OpKind.OUTER_DEBUG_OFF);

  private final Scenario scenario;
  private final ImmutableMap<String, ParamValue> parameters;
  private final int cpus;
  private final ImmutableList<String> cpuNames;
  private final Processes procs;
  private final StateLayout layout;
  private final Deadlocks deadlocks;

  /** Each operation's family, by {@link OpKind#ordinal()}. */
  private final OperationFamily[] families = new OperationFamily[OpKind.values().length];

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
    ImmutableList<Proc> processes = instantiate();
    this.layout =
        new StateLayout(
            scenario,
            processes.size(),
            cpus,
            uses(processes, OUTER),
            uses(processes, StoreBufferFamily.KINDS));
    this.procs = new Processes(processes, layout);
    this.deadlocks = new Deadlocks(procs, layout);
    register(new IrqLockFamily(layout, procs));
    register(new TlbFamily(layout));
    register(new CacheDmaFamily(layout));
    register(new FlagFamily(layout));
    register(new StoreBufferFamily(layout));
    for (OpKind kind : OpKind.values()) {
      if (families[kind.ordinal()] == null) {
        throw new IllegalStateException(kind + " belongs to no family of operations");
      }
    }
    this.initial = initialState();
  }

  private ImmutableList<Proc> instantiate() {
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
    ImmutableList<Proc> out = b.build();
    if (out.size() > MAX_PROCESSES) {
      throw new IllegalArgumentException(
          "scenario "
              + scenario.name()
              + " has "
              + out.size()
              + " processes at "
              + cpus
              + " CPUs; the model takes at most "
              + MAX_PROCESSES);
    }
    return out;
  }

  private static boolean uses(List<Proc> processes, Set<OpKind> kinds) {
    return processes.stream()
        .flatMap(p -> p.code.stream())
        .anyMatch(op -> kinds.contains(op.kind()));
  }

  private void register(OperationFamily family) {
    for (OpKind kind : family.kinds()) {
      if (families[kind.ordinal()] != null) {
        throw new IllegalStateException(kind + " belongs to two families");
      }
      families[kind.ordinal()] = family;
    }
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
    int[] v = layout.empty();
    for (int p = 0; p < procs.size(); p++) {
      v[layout.pc(p)] = procs.get(p).interrupt ? NONE : 0;
    }
    for (int c = 0; c < cpus; c++) {
      v[layout.irq(c)] = 1;
    }
    for (Operation op : flatten(scenario.init())) {
      switch (op.kind()) {
        case MAP -> v[layout.pageTable(layout.id(op, 0))] = layout.id(op, 1);
        case TLB_FILL -> {
          for (int c = 0; c < cpus; c++) {
            v[layout.tlb(c, layout.id(op, 0))] = v[layout.pageTable(layout.id(op, 0))];
          }
        }
        case FREE -> v[layout.freed()] |= 1 << layout.id(op, 0);
        case SIGNAL -> v[layout.flags()] |= 1 << layout.id(op, 0);
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

  /** Every enabled move, in a fixed order: per CPU its IPIs, interrupts, process; then devices. */
  List<Move> moves(State s, boolean describe) {
    int[] v = s.v;
    List<Move> out = new ArrayList<>();
    for (int c = 0; c < cpus; c++) {
      if (v[layout.irq(c)] == 1) {
        int pending = v[layout.pendingIpis(c)];
        for (int sender = 0; sender < procs.size(); sender++) {
          if ((pending & (1 << sender)) != 0) {
            out.add(deliverIpi(v, c, sender, describe));
          }
        }
        if (!procs.interruptRunning(v, c)) {
          for (int p = 0; p < procs.size(); p++) {
            Proc proc = procs.get(p);
            if (proc.cpu == c && proc.interrupt && v[layout.pc(p)] == NONE) {
              out.add(startInterrupt(v, p, describe));
            }
          }
        }
      }
      int p = procs.active(v, c);
      if (p != NONE) {
        step(v, p, describe).ifPresent(out::add);
      }
    }
    for (int p = 0; p < procs.size(); p++) {
      if (procs.get(p).independent() && !procs.done(v, p)) {
        step(v, p, describe).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The IPI of a TLB flush taken: the local entry invalidated and the sender acknowledged. */
  private Move deliverIpi(int[] v, int cpu, int sender, boolean describe) {
    int[] n = v.clone();
    n[layout.pendingIpis(cpu)] &= ~(1 << sender);
    Operation op = procs.current(v, sender);
    n[layout.tlb(cpu, layout.id(op, 0))] = NONE;
    Proc from = procs.get(sender);
    return new Move(
        cpuNames.get(cpu),
        "ipi",
        from.ipiLabel,
        Optional.of("ipi_flush_tlb_kernel_range(): local invalidate, then acknowledge"),
        describe
            ? "CPU"
                + cpu
                + " TLB: "
                + op.operands().get(0)
                + " invalidated; acknowledged to "
                + from.label
            : "",
        new State(n),
        Optional.empty());
  }

  private Move startInterrupt(int[] v, int p, boolean describe) {
    int[] n = v.clone();
    Proc proc = procs.get(p);
    n[layout.pc(p)] = 0;
    n[layout.irq(proc.cpu)] = 0;
    String changed = describe ? "CPU" + proc.cpu + " enters " + proc.name + ", IRQs off" : "";
    if (proc.code.isEmpty()) {
      n[layout.irq(proc.cpu)] = 1;
      changed += describe ? "; returns at once" : "";
    }
    return new Move(
        proc.actor,
        proc.name,
        "interrupt",
        Optional.empty(),
        changed,
        new State(n),
        Optional.empty());
  }

  /** The move of process {@code p}'s current operation, or empty when it is blocked. */
  private Optional<Move> step(int[] v, int p, boolean describe) {
    Proc proc = procs.get(p);
    Transition t = new Transition(p, proc, v, layout);
    OperationFamily family = families[t.op.kind().ordinal()];
    if (!family.apply(t)) {
      return Optional.empty();
    }
    String changed = describe ? family.wording().changed(t) : "";
    Optional<Violation> violation =
        t.violation()
            .map(kind -> new Violation(kind, family.wording().violation(t), ImmutableList.of()));
    int[] n = t.n;
    if (!t.stays()) {
      n[layout.pc(p)]++;
      if (proc.interrupt && n[layout.pc(p)] == proc.code.size()) {
        n[layout.irq(proc.cpu)] = 1;
        if (describe) {
          changed += "; returns from " + proc.name + ", IRQs on";
        }
      }
    }
    return Optional.of(
        new Move(
            proc.actor,
            proc.name,
            proc.rendered.get(v[layout.pc(p)]),
            t.op.note(),
            changed,
            new State(n),
            violation));
  }

  /**
   * The deadlock of a state: the processes that can never move again, whatever the others do, with
   * a wait-for cycle among them; empty when there are none.
   */
  Optional<Violation> deadlock(State s) {
    return deadlocks.deadlock(s);
  }
}
