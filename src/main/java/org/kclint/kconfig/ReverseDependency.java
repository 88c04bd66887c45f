package org.kclint.kconfig;

import org.kclint.diag.Position;

/** A {@code select TARGET if COND} or {@code imply TARGET if COND} of the defining symbol. */
public record ReverseDependency(String target, Expr condition, Position position) {}
