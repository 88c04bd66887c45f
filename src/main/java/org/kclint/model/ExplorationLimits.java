package org.kclint.model;

/**
 * Bounds on an exploration. When one is hit the result says so ({@link Exploration.LimitReached});
 * it is never reported as safe.
 *
 * @param maxStates distinct states to visit at most
 * @param maxDepth steps from the initial state to explore at most
 */
public record ExplorationLimits(int maxStates, int maxDepth) {

  /** Far above what any shipped scenario needs for 8 CPUs. */
  public static final ExplorationLimits DEFAULT = new ExplorationLimits(2_000_000, 10_000);

  public ExplorationLimits {
    if (maxStates < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
