package org.kclint.model;

/**
 * One edge of a wait-for graph: {@code waiter} cannot move until {@code holder} does; {@code
 * reason} says why in a sentence that names both.
 */
public record WaitEdge(String waiter, String holder, String reason) {}
