package org.kclint.model;

import static org.kclint.model.StateLayout.NONE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kclint.model.Transition.Phase;

/**
 * Deadlock analysis of a machine state: which processes can never move again, and the wait-for
 * edges between them. The operations that can block (lock, an IPI flush waiting for
 * acknowledgements, wait and park) each say here whom they wait for. A flag held in a store buffer
 * is waited for from whoever drains that buffer later.
 */
final class Deadlocks {
  private final Processes procs;
  private final StateLayout layout;
  private final int cpus;

  Deadlocks(Processes procs, StateLayout layout) {
    this.procs = procs;
    this.layout = layout;
    this.cpus = layout.cpus;
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
      dead[p] = procs.running(v, p) && (!procs.activeOnItsCpu(v, p) || blocked(v, p));
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
        stuck.add(procs.get(p).label);
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

  /** Whether the current operation of {@code p} cannot move now (its family would refuse it). */
  private boolean blocked(int[] v, int p) {
    Operation op = procs.current(v, p);
    int phase = v[layout.phase(p)];
    return switch (op.kind()) {
      case LOCK -> phase == Phase.SPIN && v[layout.lock(layout.id(op, 0))] != NONE;
      case TLB_FLUSH_IPI -> phase == Phase.ACKS && layout.awaitsAck(v, p);
      case WAIT, PARK -> !FlagFamily.signalled(layout, v, op, procs.get(p).cpu);
      default -> false;
    };
  }

  private boolean parked(int[] v, int p) {
    return procs.activeOnItsCpu(v, p) && procs.current(v, p).kind() == OpKind.PARK;
  }

  /** Whether blocked process {@code p} stays blocked as long as the {@code dead} ones do. */
  private boolean stuck(int[] v, int p, boolean[] dead) {
    Proc proc = procs.get(p);
    if (!procs.activeOnItsCpu(v, p)) {
      return dead[procs.active(v, proc.cpu)];
    }
    Operation op = procs.current(v, p);
    switch (op.kind()) {
      case LOCK -> {
        return dead[v[layout.lock(layout.id(op, 0))]];
      }
      case TLB_FLUSH_IPI -> {
        // Every acknowledgement is needed; one CPU that never takes the IPI is enough.
        for (int d = 0; d < cpus; d++) {
          if ((v[layout.pendingIpis(d)] & (1 << p)) != 0 && v[layout.irq(d)] == 0) {
            int q = procs.active(v, d);
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
          if (procs.running(v, q)
              && !dead[q]
              && (signalsLater(v, q, flag) || drainingBuffer(v, p, op, q) != NONE)) {
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
    String me = proc.label;
    if (!procs.activeOnItsCpu(v, p)) {
      int q = procs.active(v, proc.cpu);
      String them = procs.get(q).label;
      String how = procs.get(q).interrupt ? " is interrupted by " : " runs after ";
      out.add(new WaitEdge(me, them, me + how + them));
      to.add(q);
      return;
    }
    Operation op = procs.current(v, p);
    switch (op.kind()) {
      case LOCK -> {
        int owner = v[layout.lock(layout.id(op, 0))];
        String them = procs.get(owner).label;
        out.add(
            new WaitEdge(
                me,
                them,
                me
                    + " spins on "
                    + op.operands().get(0)
                    + " with "
                    + layout.irqState(v, proc.cpu)
                    + "; "
                    + them
                    + " holds it"));
        to.add(owner);
      }
      case TLB_FLUSH_IPI -> {
        for (int d = 0; d < cpus; d++) {
          if ((v[layout.pendingIpis(d)] & (1 << p)) == 0) {
            continue;
          }
          int q = procs.active(v, d);
          String them = q == NONE ? "CPU" + d : procs.get(q).label;
          out.add(
              new WaitEdge(
                  me,
                  them,
                  me
                      + " waits with "
                      + layout.irqState(v, proc.cpu)
                      + " for the IPI acknowledgement of "
                      + them
                      + ", whose IRQs are off"));
          to.add(q);
        }
      }
      case WAIT, PARK -> {
        String flag = op.operands().get(0);
        for (int q = 0; q < procs.size(); q++) {
          if (procs.running(v, q) && signalsLater(v, q, flag)) {
            String them = procs.get(q).label;
            out.add(
                new WaitEdge(
                    me, them, me + " waits for " + flag + ", which " + them + " signals later"));
            to.add(q);
          }
        }
        for (int q = 0; q < procs.size(); q++) {
          int buffer = drainingBuffer(v, p, op, q);
          if (procs.running(v, q) && buffer != NONE) {
            String them = procs.get(q).label;
            out.add(
                new WaitEdge(
                    me,
                    them,
                    me
                        + " waits for "
                        + flag
                        + ", which waits in "
                        + layout.storeBufferName(buffer)
                        + " until "
                        + them
                        + " drains it"));
            to.add(q);
          }
        }
        if (out.isEmpty()) {
          int buffer = holdingBuffer(v, p, op);
          String why =
              buffer == NONE
                  ? ", which nobody signals any more"
                  : ", which waits in "
                      + layout.storeBufferName(buffer)
                      + ": nothing still running drains it, and it does not drain by itself";
          out.add(new WaitEdge(me, "nobody", me + " waits for " + flag + why));
          to.add(NONE);
        }
      }
      default -> throw new IllegalStateException("blocked on " + op.render());
    }
  }

  /**
   * Whether {@code q} signals the flag later. A store that posts it counts too: exploring on finds
   * whether anything drains it then.
   */
  private boolean signalsLater(int[] v, int q, String flag) {
    List<Operation> code = procs.get(q).code;
    for (int i = Math.max(v[layout.pc(q)], 0); i < code.size(); i++) {
      OpKind kind = code.get(i).kind();
      if ((kind == OpKind.SIGNAL || kind == OpKind.POST || kind == OpKind.POST_NC)
          && code.get(i).operands().get(0).equals(flag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The store buffer that holds the flag {@code p} waits for out of its sight: another CPU's, or
   * for a device the outer cache's too ({@link StateLayout#flagsSeenBy}); NONE if none does.
   */
  private int holdingBuffer(int[] v, int p, Operation wait) {
    for (int b = 0; b <= layout.cpus; b++) {
      if (hidesIn(v, p, wait, b)) {
        return b;
      }
    }
    return NONE;
  }

  private boolean hidesIn(int[] v, int p, Operation wait, int buffer) {
    int cpu = procs.get(p).cpu;
    boolean outOfSight = cpu == NONE || (buffer != cpu && buffer < layout.cpus);
    return layout.storeBuffers
        && outOfSight
        && (v[layout.storeBuffer(buffer)] & (1 << layout.id(wait, 0))) != 0;
  }

  /**
   * A buffer holding the flag {@code p} waits for that {@code q} drains later (a barrier on that
   * CPU, a wmb() on any for the outer cache's, or the buffer draining by itself), or NONE.
   */
  private int drainingBuffer(int[] v, int p, Operation wait, int q) {
    Proc proc = procs.get(q);
    List<Operation> code = proc.code;
    for (int b = 0; b <= layout.cpus; b++) {
      if (!hidesIn(v, p, wait, b)) {
        continue;
      }
      boolean outer = b == layout.cpus;
      for (int i = Math.max(v[layout.pc(q)], 0); i < code.size(); i++) {
        Operation op = code.get(i);
        boolean drains =
            switch (op.kind()) {
              case DMB -> !outer && proc.cpu == b;
              case WMB -> outer || proc.cpu == b;
              case DRAIN -> !outer && proc.cpu == b && op.operands().equals(wait.operands());
              case OUTER_DRAIN -> outer && op.operands().equals(wait.operands());
              default -> false;
            };
        if (drains) {
          return b;
        }
      }
    }
    return NONE;
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
