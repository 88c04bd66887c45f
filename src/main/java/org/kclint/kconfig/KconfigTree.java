package org.kclint.kconfig;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * A parsed Kconfig tree: the menu tree, the symbols it defines (by name, in order of first
 * definition) and the Kconfig files read (relative to the tree root, in the order read).
 *
 * @param unknownShellSymbols symbols whose definitions, or the if/menu/choice blocks around them,
 *     used a {@code $(shell,...)} result that the toolchain profile did not hold (it expanded to
 *     {@code n}): their value is to come from the input {@code .config} (SPEC §2)
 */
public record KconfigTree(
    MenuNode root,
    ImmutableMap<String, Symbol> symbols,
    ImmutableList<String> files,
    ImmutableSet<String> unknownShellSymbols) {

  /** A tree whose every {@code $(shell,...)} result was known. */
  public KconfigTree(
      MenuNode root, ImmutableMap<String, Symbol> symbols, ImmutableList<String> files) {
    this(root, symbols, files, ImmutableSet.of());
  }

  public Optional<Symbol> symbol(String name) {
    return Optional.ofNullable(symbols.get(name));
  }
}
