package org.kclint.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Breadth-first search over a scenario's states with a hash set of visited states. Moves are
 * generated in a fixed order, so the first violation found is a shortest trace and the same
 * inputs always give the same trace.
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
  public static Exploration explore(Scenario scenario, Map<String, Value> parameters, Limits limits) {
    ImmutableMap<String, Value> bound = scenario.bind(parameters);
    Machine machine = new Machine(scenario, bound);
    // Parent links by state number; the path is rebuilt by replaying the recorded move indices.
    List<State> states = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    Map<State, Integer> seen = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    State start = machine.initial();
    states.add(start);
    links.add(new int[] {-1, -1, 0});
    seen.put(start, 0);
    queue.add(0);
    Optional<Violation> stuck = machine.deadlock(start);
    if (stuck.isPresent()) {
      return new Exploration.Violated(
          trace(machine, scenario, bound, states, links, 0, Optional.empty(), stuck.get()), 1);
    }
    int deepest = 0;
    boolean depthCut = false;
    while (!queue.isEmpty()) {
      int at = queue.poll();
      int depth = links.get(at)[2];
      if (depth >= limits.maxDepth()) {
        depthCut = true;
        continue;
      }
      List<Move> moves = machine.moves(states.get(at));
      for (int i = 0; i < moves.size(); i++) {
        Move move = moves.get(i);
        if (move.violation().isPresent()) {
          return new Exploration.Violated(
              trace(machine, scenario, bound, states, links, at, Optional.of(i), move.violation().get()),
              states.size());
        }
        if (seen.containsKey(move.next())) {
          continue;
        }
        if (states.size() >= limits.maxStates()) {
          return new Exploration.LimitReached("max-states=" + limits.maxStates(), states.size(), depth + 1);
        }
        int id = states.size();
        states.add(move.next());
        links.add(new int[] {at, i, depth + 1});
        seen.put(move.next(), id);
        deepest = Math.max(deepest, depth + 1);
        Optional<Violation> deadlock = machine.deadlock(move.next());
        if (deadlock.isPresent()) {
          return new Exploration.Violated(
              trace(machine, scenario, bound, states, links, id, Optional.empty(), deadlock.get()),
              states.size());
        }
        queue.add(id);
      }
    }
    if (depthCut) {
      return new Exploration.LimitReached("max-depth=" + limits.maxDepth(), states.size(), limits.maxDepth());
    }
    return new Exploration.Safe(states.size(), deepest);
  }

  private static Trace trace(
      Machine machine,
      Scenario scenario,
      ImmutableMap<String, Value> bound,
      List<State> states,
      List<int[]> links,
      int last,
      Optional<Integer> finalMove,
      Violation violation) {
    List<Integer> moveIndices = new ArrayList<>();
    for (int at = last; links.get(at)[0] >= 0; at = links.get(at)[0]) {
      moveIndices.add(0, links.get(at)[1]);
    }
    finalMove.ifPresent(moveIndices::add);
    ImmutableList.Builder<Step> steps = ImmutableList.builder();
    State s = states.get(0);
    int number = 1;
    for (int index : moveIndices) {
      Move m = machine.moves(s).get(index);
      steps.add(m.toStep(number++));
      s = m.next();
    }
    return new Trace(
        MODEL_VERSION, scenario.name(), scenario.summary(), machine.describeInitial(), bound, steps.build(), violation);
  }
}
