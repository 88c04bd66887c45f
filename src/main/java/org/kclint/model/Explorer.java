package org.kclint.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Breadth-first search over a scenario's states with a hash set of visited states. Moves are
 * generated in a fixed order, so the first violation found is a shortest trace and the same inputs
 * always give the same trace.
 */
public final class Explorer {
  /** Names the model semantics a trace was made with; replay refuses other versions. */
  public static final String MODEL_VERSION = "kclint-tlb-ipi-model/1";

  private Explorer() {}

  /**
   * Explores {@code scenario} with the given parameter values (the rest take their defaults).
   *
   * @throws IllegalArgumentException for an unknown parameter or a value outside its type
   */
  public static Exploration explore(
      Scenario scenario, Map<String, ParamValue> parameters, ExplorationLimits limits) {
    ImmutableMap<String, ParamValue> bound = scenario.bind(parameters);
    Machine machine = new Machine(scenario, bound);
    // States are numbered in the order found, which is breadth-first order: the queue is the
    // list itself. Per state: its parent, the index of the move from it, and its depth.
    List<State> states = new ArrayList<>();
    IntList parent = new IntList();
    IntList via = new IntList();
    IntList depthOf = new IntList();
    Set<State> seen = new HashSet<>();
    State start = machine.initial();
    states.add(start);
    parent.add(-1);
    via.add(-1);
    depthOf.add(0);
    seen.add(start);
    Optional<Violation> stuck = machine.deadlock(start);
    if (stuck.isPresent()) {
      return new Exploration.Violated(
          trace(machine, scenario, bound, states, parent, via, 0, Optional.empty(), stuck.get()),
          1);
    }
    int deepest = 0;
    boolean depthCut = false;
    for (int at = 0; at < states.size(); at++) {
      int depth = depthOf.get(at);
      if (depth >= limits.maxDepth()) {
        depthCut = true;
        continue;
      }
      List<Move> moves = machine.moves(states.get(at), false);
      for (int i = 0; i < moves.size(); i++) {
        Move move = moves.get(i);
        if (move.violation().isPresent()) {
          return new Exploration.Violated(
              trace(
                  machine,
                  scenario,
                  bound,
                  states,
                  parent,
                  via,
                  at,
                  Optional.of(i),
                  move.violation().get()),
              states.size());
        }
        if (!seen.add(move.next())) {
          continue;
        }
        if (states.size() >= limits.maxStates()) {
          return new Exploration.LimitReached(
              "max-states=" + limits.maxStates(), states.size(), depth + 1);
        }
        int id = states.size();
        states.add(move.next());
        parent.add(at);
        via.add(i);
        depthOf.add(depth + 1);
        deepest = Math.max(deepest, depth + 1);
        Optional<Violation> deadlock = machine.deadlock(move.next());
        if (deadlock.isPresent()) {
          return new Exploration.Violated(
              trace(
                  machine,
                  scenario,
                  bound,
                  states,
                  parent,
                  via,
                  id,
                  Optional.empty(),
                  deadlock.get()),
              states.size());
        }
      }
    }
    if (depthCut) {
      return new Exploration.LimitReached(
          "max-depth=" + limits.maxDepth(), states.size(), limits.maxDepth());
    }
    return new Exploration.Safe(states.size(), deepest);
  }

  /** A growable list of ints without boxing. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }
  }

  private static Trace trace(
      Machine machine,
      Scenario scenario,
      ImmutableMap<String, ParamValue> bound,
      List<State> states,
      IntList parent,
      IntList via,
      int last,
      Optional<Integer> finalMove,
      Violation violation) {
    List<Integer> moveIndices = new ArrayList<>();
    for (int at = last; parent.get(at) >= 0; at = parent.get(at)) {
      moveIndices.add(0, via.get(at));
    }
    finalMove.ifPresent(moveIndices::add);
    // Exploration builds no text; the path is walked again with descriptions.
    ImmutableList.Builder<Step> steps = ImmutableList.builder();
    State s = states.get(0);
    int number = 1;
    Violation described = violation;
    for (int index : moveIndices) {
      Move m = machine.moves(s, true).get(index);
      steps.add(m.toStep(number++));
      s = m.next();
      described = m.violation().orElse(described);
    }
    return new Trace(
        MODEL_VERSION,
        scenario.name(),
        scenario.summary(),
        machine.describeInitial(),
        bound,
        steps.build(),
        described);
  }
}
