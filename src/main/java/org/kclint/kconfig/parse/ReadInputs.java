package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableList;

/**
 * What one reading of a tree looked at, by name: the Kconfig files read, each {@code source} line's
 * lookup, the variables expanded from the environment and the {@code $(shell,...)} commands looked
 * up in the toolchain profile. The same tree comes out of the same inputs; {@link
 * KconfigReader#inputsDigest} says whether they still hold.
 *
 * @param files Kconfig files relative to the tree root, in the order first read
 * @param lookups each distinct {@code source} lookup, in the order first made
 * @param variables environment variables referenced, in the order first expanded
 * @param commands {@code $(shell,...)} commands as expanded, in the order first run
 */
public record ReadInputs(
    ImmutableList<String> files,
    ImmutableList<SourceLookup> lookups,
    ImmutableList<String> variables,
    ImmutableList<String> commands) {

  /**
   * A {@code source} line as {@link KconfigFiles#resolve} takes it: the name written (macros
   * expanded).
   */
  public record SourceLookup(String written) {}
}
