package org.kclint.kconfig;

import org.kclint.diag.Position;

/**
 * A {@code default}, {@code def_bool} or {@code def_tristate} value with its own {@code if}
 * condition ({@link Expr#YES} if none).
 */
public record Default(Expr value, Expr condition, Position position) {}
