package org.kclint.kconfig;

import com.google.common.collect.ImmutableList;

/**
 * A symbol defined in the tree, with every entry that defines it in file order. Its type is the
 * first type any definition declares (conf ignores later redefinitions); a choice member with no
 * type of its own takes its choice's type, as conf gives it.
 */
public record Symbol(String name, SymbolType type, ImmutableList<MenuNode> definitions) {

  /** Whether any definition has a prompt (a user can set it where the prompt is visible). */
  public boolean prompted() {
    return definitions.stream().anyMatch(d -> d.prompt().isPresent());
  }
}
