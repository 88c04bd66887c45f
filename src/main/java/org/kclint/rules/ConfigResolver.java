package org.kclint.rules;

import java.util.Map;

/**
 * The configuration being checked, as the kernel's own tools would produce it from the input with
 * some symbols changed. The rule engine resolves the input once and every candidate fix again:
 * without a Kconfig tree the values stand as given; with one, they are re-resolved, and a fix whose
 * values the tree does not keep is not offered.
 */
@FunctionalInterface
public interface ConfigResolver {

  /**
   * @param changes symbol to {@code .config} spelling, applied on top of the input
   */
  SymbolValues resolve(Map<String, String> changes);

  /** Without a Kconfig tree, the rules run on the values as given. */
  static ConfigResolver asGiven(SymbolValues input) {
    return input::with;
  }
}
