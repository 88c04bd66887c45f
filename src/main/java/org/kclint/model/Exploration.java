package org.kclint.model;

/** The outcome of exploring a scenario under one set of parameter values. */
public sealed interface Exploration {

  /** How many distinct states were visited. */
  int statesExplored();

  /** A violation is reachable; {@code trace} is a shortest way to it. */
  record Violated(Trace trace, int statesExplored) implements Exploration {}

  /** Every reachable state was visited and none violates anything. */
  record Safe(int statesExplored, int maxDepth) implements Exploration {}

  /** Exploration stopped at a limit before finding a violation: neither safe nor unsafe. */
  record LimitReached(String limit, int statesExplored, int depth) implements Exploration {}
}
