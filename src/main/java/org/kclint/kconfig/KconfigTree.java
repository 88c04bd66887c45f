package org.kclint.kconfig;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A parsed Kconfig tree: the menu tree, the symbols it defines (by name, in order of first
 * definition) and the Kconfig files read (relative to the tree root, in the order read).
 */
public record KconfigTree(
    MenuNode root, ImmutableMap<String, Symbol> symbols, ImmutableList<String> files) {

  public Optional<Symbol> symbol(String name) {
    return Optional.ofNullable(symbols.get(name));
  }
}
