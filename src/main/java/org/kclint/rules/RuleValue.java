package org.kclint.rules;

import java.util.Optional;

/**
 * A known value in a rule condition: a Kconfig tristate (booleans of board facts are tristates too,
 * {@code y} or {@code n}), a number, a string, or a kernel version.
 */
public sealed interface RuleValue {

  Tri Y = new Tri(2);
  Tri M = new Tri(1);
  Tri N = new Tri(0);

  /** A tristate as its level: 0 for n, 1 for m, 2 for y. */
  record Tri(int level) implements RuleValue {
    public Tri {
      if (level < 0 || level > 2) {
        throw new IllegalArgumentException("tristate level " + level);
      }
    }

    @Override
    public String toString() {
      return switch (level) {
        case 0 -> "n";
        case 1 -> "m";
        default -> "y";
      };
    }
  }

  record Num(long value) implements RuleValue {
    @Override
    public String toString() {
      return value >= 0x10000 ? "0x" + Long.toHexString(value) : Long.toString(value);
    }
  }

  record Str(String text) implements RuleValue {
    @Override
    public String toString() {
      return '"' + text + '"';
    }
  }

  record Ver(KernelVersion version) implements RuleValue {
    @Override
    public String toString() {
      return version.toString();
    }
  }

  static Tri of(boolean b) {
    return b ? Y : N;
  }

  /**
   * A value as a {@code .config} spells it: {@code y}, {@code m}, {@code n}, a decimal or hex
   * number, or a quoted string (backslash escapes undone).
   */
  static RuleValue ofConfig(String spelling) {
    switch (spelling) {
      case "y":
        return Y;
      case "m":
        return M;
      case "n":
        return N;
      default:
        break;
    }
    if (spelling.length() >= 2 && spelling.startsWith("\"") && spelling.endsWith("\"")) {
      return new Str(spelling.substring(1, spelling.length() - 1).replaceAll("\\\\(.)", "$1"));
    }
    return parseNumber(spelling).<RuleValue>map(Num::new).orElseGet(() -> new Str(spelling));
  }

  /** Decimal, {@code 0x} hex, or a size with a K/M/G suffix. */
  static Optional<Long> parseNumber(String text) {
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Optional.of(Long.parseUnsignedLong(text.substring(2), 16));
      }
      if (!text.isEmpty() && "KMG".indexOf(text.charAt(text.length() - 1)) >= 0) {
        int shift = 10 * (1 + "KMG".indexOf(text.charAt(text.length() - 1)));
        return Optional.of(Long.parseLong(text.substring(0, text.length() - 1)) << shift);
      }
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
