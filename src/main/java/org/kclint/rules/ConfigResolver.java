package org.kclint.rules;

import com.google.common.collect.ImmutableSet;

/**
 * What the kernel's own tools make of requested values. The rule engine re-resolves every
 * candidate fix through it: without a Kconfig tree the values stand as given; with one, the
 * resolver says which requested values the tree would not keep.
 */
@FunctionalInterface
public interface ConfigResolver {

  /** Without a Kconfig tree, the rules run on the values as given. */
  ConfigResolver AS_GIVEN = requested -> new Resolved(requested, ImmutableSet.of());

  Resolved resolve(SymbolValues requested);

  /**
   * @param values the configuration the tools would produce
   * @param dropped requested symbols whose value the tools would change
   */
  record Resolved(SymbolValues values, ImmutableSet<String> dropped) {}
}
