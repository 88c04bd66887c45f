package org.kclint.kconfig;

import org.kclint.diag.Position;

/** {@code range LOW HIGH if COND}; the bounds are {@link Expr.Sym} or {@link Expr.Const}. */
public record Range(Expr low, Expr high, Expr condition, Position position) {}
