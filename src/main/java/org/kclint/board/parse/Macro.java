package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;

/**
 * A {@code #define}: object-like when {@code parameters} is empty and {@code functionLike} is
 * false; a variadic macro's last parameter is {@code __VA_ARGS__}.
 */
record Macro(
    String name,
    boolean functionLike,
    ImmutableList<String> parameters,
    boolean variadic,
    ImmutableList<PpToken> body) {

  int parameterIndex(String identifier) {
    return functionLike ? parameters.indexOf(identifier) : -1;
  }
}
