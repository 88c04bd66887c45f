package org.kclint.check;

import java.util.Locale;
import java.util.Optional;

/**
 * How a run shows a rule whose verdict hangs on an unknown fact (an undecided finding). By default
 * such findings are not reported one by one: each config on each board gets at most one {@code
 * missing-facts} note naming the unknown facts, the rules waiting on each and the facts-file line
 * that would settle it. Undecided findings never make a run fail.
 */
public enum Undecided {
  /** One {@code missing-facts} note per config and board (the default). */
  SUMMARY,
  /** Each undecided rule as an info finding. */
  NOTE,
  /** Each undecided rule as a warning, as rules once reported "cannot tell". */
  WARNING,
  /** Not shown at all. */
  OFF;

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode a word names (summary, note, warning, off); empty when none. */
  public static Optional<Undecided> named(String word) {
    for (Undecided u : values()) {
      if (u.spelling().equalsIgnoreCase(word)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
