package org.kclint.kconfig;

import org.kclint.diag.Position;

/**
 * A prompt: its text (macros expanded) and its own {@code if} condition ({@link Expr#YES} if none).
 */
public record Prompt(String text, Expr condition, Position position) {}
