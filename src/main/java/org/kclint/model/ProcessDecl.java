package org.kclint.model;

import com.google.common.collect.ImmutableList;
import org.kclint.diag.Position;

/**
 * A process of a scenario. An interrupt process is a handler that may preempt its CPU once, at any
 * point where that CPU has IRQs enabled, and runs with IRQs disabled until it ends; a process that
 * never starts is not a deadlock.
 */
public record ProcessDecl(
    String name,
    boolean interrupt,
    Placement placement,
    ImmutableList<Statement> body,
    Position position) {}
