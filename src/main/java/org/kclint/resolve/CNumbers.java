package org.kclint.resolve;

import org.kclint.kconfig.SymbolType;

/**
 * The C library's number parsing as conf uses it (strtoll/strtoull in the C locale, with their
 * clamping on overflow) and conf's sym_string_valid: values must compare and clamp exactly as
 * conf's do, including its odd cases.
 */
final class CNumbers {
  private CNumbers() {}

  /** The result of strtoll/strtoull: the value, where parsing stopped, and ERANGE. */
  record Parsed(long value, int end, boolean overflow) {}

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isXDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int digit(char c, int base) {
    int d;
    if (isDigit(c)) {
      d = c - '0';
    } else if (c >= 'a' && c <= 'z') {
      d = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'Z') {
      d = c - 'A' + 10;
    } else {
      return -1;
    }
    return d < base ? d : -1;
  }

  static Parsed strtoll(String s, int base) {
    return parse(s, base, true);
  }

  static Parsed strtoull(String s, int base) {
    return parse(s, base, false);
  }

  private static Parsed parse(String s, int base, boolean signed) {
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    if ((base == 0 || base == 16)
        && i + 1 < n
        && s.charAt(i) == '0'
        && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
        && i + 2 < n
        && isXDigit(s.charAt(i + 2))) {
      i += 2;
      base = 16;
    } else if (base == 0) {
      base = i < n && s.charAt(i) == '0' ? 8 : 10;
    }
    int start = i;
    // Accumulate the magnitude as an unsigned 64-bit number, noting overflow.
    long acc = 0;
    boolean overflow = false;
    while (i < n) {
      int d = digit(s.charAt(i), base);
      if (d < 0) {
        break;
      }
      if (!overflow) {
        long limit = Long.divideUnsigned(-1L, base);
        if (Long.compareUnsigned(acc, limit) > 0) {
          overflow = true;
        } else {
          long next = acc * base + d;
          if (Long.compareUnsigned(next, acc * base) < 0) {
            overflow = true;
          } else {
            acc = next;
          }
        }
      }
      i++;
    }
    if (i == start) {
      return new Parsed(0, 0, false);
    }
    if (signed) {
      if (overflow) {
        return new Parsed(negative ? Long.MIN_VALUE : Long.MAX_VALUE, i, true);
      }
      if (negative) {
        if (Long.compareUnsigned(acc, Long.MIN_VALUE) > 0) {
          return new Parsed(Long.MIN_VALUE, i, true);
        }
        return new Parsed(-acc, i, false);
      }
      if (acc < 0) {
        return new Parsed(Long.MAX_VALUE, i, true);
      }
      return new Parsed(acc, i, false);
    }
    if (overflow) {
      return new Parsed(-1L, i, true);
    }
    return new Parsed(negative ? -acc : acc, i, false);
  }

  /** strtoll(s, NULL, base) as conf's range code calls it. */
  static long toLong(String s, int base) {
    return strtoll(s, base).value();
  }

  /** sym_string_valid: whether conf accepts {@code str} as a value of a symbol of this type. */
  static boolean validFor(SymbolType type, String str) {
    switch (type) {
      case STRING:
        return true;
      case INT:
        {
          int i = 0;
          char ch = at(str, i++);
          if (ch == '-') {
            ch = at(str, i++);
          }
          if (!isDigit(ch)) {
            return false;
          }
          if (ch == '0' && at(str, i) != 0) {
            return false;
          }
          while ((ch = at(str, i++)) != 0) {
            if (!isDigit(ch)) {
              return false;
            }
          }
          return true;
        }
      case HEX:
        {
          int i = 0;
          if (at(str, 0) == '0' && (at(str, 1) == 'x' || at(str, 1) == 'X')) {
            i = 2;
          }
          char ch = at(str, i++);
          do {
            if (!isXDigit(ch)) {
              return false;
            }
          } while ((ch = at(str, i++)) != 0);
          return true;
        }
      case BOOL:
      case TRISTATE:
        switch (at(str, 0)) {
          case 'y', 'Y', 'm', 'M', 'n', 'N':
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }

  /** strcmp: byte order of the UTF-8 encodings. */
  static int strcmp(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The character at {@code i}, or NUL past the end, as C string code sees it. */
  static char at(String s, int i) {
    return i < s.length() ? s.charAt(i) : 0;
  }
}
