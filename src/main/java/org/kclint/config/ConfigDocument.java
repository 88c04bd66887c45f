package org.kclint.config;

import com.google.common.collect.ImmutableList;

/**
 * What a full .config says, in the order conf writes it: the title of the heading, then menu
 * headings, symbol values and menu ends. {@link DotConfigWriter} turns it into conf's text.
 */
public record ConfigDocument(String title, ImmutableList<Item> items) {

  public sealed interface Item {}

  /** A visible menu or comment: conf writes its prompt as a {@code #} block. */
  public record MenuStart(String prompt) implements Item {}

  /** The end of a visible menu: {@code # end of PROMPT}. */
  public record MenuEnd(String prompt) implements Item {}

  /** A symbol's value, as conf spells it (for bool and tristate: y, m or n). */
  public record Value(String name, ValueType type, String value) implements Item {}

  public enum ValueType {
    /** bool or tristate: {@code n} is written as {@code # CONFIG_X is not set}. */
    TRISTATE,
    /** string: written quoted, with {@code "} and {@code \} escaped. */
    STRING,
    /** int or hex: written as is. */
    NUMBER
  }
}
