package org.kclint.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Re-executes a saved trace against the model, step by step, like {@code spin -t}. */
public final class Replayer {
  private Replayer() {}

  /**
   * Replays {@code trace} on {@code scenario} with the trace's parameter values.
   *
   * @throws IllegalArgumentException if the trace's parameters do not fit the scenario
   */
  public static ReplayResult replay(Scenario scenario, Trace trace) {
    if (!trace.modelVersion().equals(Explorer.MODEL_VERSION)) {
      return new ReplayResult.NotReproduced(
          0,
          "the trace was made by model "
              + trace.modelVersion()
              + "; this is "
              + Explorer.MODEL_VERSION);
    }
    Machine machine = new Machine(scenario, scenario.bind(trace.parameters()));
    State state = machine.initial();
    Optional<Violation> reached = machine.deadlock(state);
    for (Step step : trace.steps()) {
      if (reached.isPresent()) {
        return new ReplayResult.NotReproduced(
            step.number(), "the violation already happened at step " + (step.number() - 1));
      }
      List<Move> moves = machine.moves(state, true);
      Optional<Move> move = moves.stream().filter(m -> m.matches(step)).findFirst();
      if (move.isEmpty()) {
        return new ReplayResult.NotReproduced(
            step.number(),
            stepName(step)
                + " is not enabled; enabled: "
                + (moves.isEmpty()
                    ? "nothing"
                    : moves.stream()
                        .map(m -> describe(m.actor(), m.process(), m.operation()))
                        .collect(Collectors.joining("; "))));
      }
      // The trace is evidence: a step whose recorded effect is not the model's does not replay.
      if (!move.get().changed().equals(step.changed())) {
        return new ReplayResult.NotReproduced(
            step.number(),
            stepName(step)
                + " changes '"
                + move.get().changed()
                + "', the trace says '"
                + step.changed()
                + "'");
      }
      State next = move.get().next();
      reached = move.get().violation().or(() -> machine.deadlock(next));
      state = next;
    }
    int after = trace.steps().size() + 1;
    if (reached.isEmpty()) {
      return new ReplayResult.NotReproduced(
          after, "every step replays but no " + trace.violation().kind().id() + " follows them");
    }
    Violation v = reached.get();
    if (v.kind() != trace.violation().kind() || !v.message().equals(trace.violation().message())) {
      return new ReplayResult.NotReproduced(
          after, "the steps reach another violation: " + v.kind().id() + ": " + v.message());
    }
    return new ReplayResult.Reproduced(v);
  }

  /** A trace step as messages name it: {@code step 3 (CPU0 kmap_high: unmap pkmap)}. */
  private static String stepName(Step step) {
    return "step "
        + step.number()
        + " ("
        + describe(step.actor(), step.process(), step.operation())
        + ")";
  }

  private static String describe(String actor, String process, String operation) {
    return actor + " " + process + ": " + operation;
  }
}
