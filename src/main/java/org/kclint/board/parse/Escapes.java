package org.kclint.board.parse;

/** C escape sequences in string and character literals, decoded as dtc decodes them. */
final class Escapes {
  private Escapes() {}

  /** The characters {@code body} (the literal without its quotes) stands for. */
  static String decode(String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'v' -> out.append('\u000B');
        case 'f' -> out.append('\f');
        case 'r' -> out.append('\r');
        case 'x' -> {
          int value = 0;
          int digits = 0;
          while (digits < 2
              && i + 1 < body.length()
              && Character.digit(body.charAt(i + 1), 16) >= 0) {
            value = value * 16 + Character.digit(body.charAt(++i), 16);
            digits++;
          }
          out.append(digits == 0 ? 'x' : (char) value);
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int value = e - '0';
            int digits = 1;
            while (digits < 3
                && i + 1 < body.length()
                && body.charAt(i + 1) >= '0'
                && body.charAt(i + 1) <= '7') {
              value = value * 8 + (body.charAt(++i) - '0');
              digits++;
            }
            out.append((char) (value & 0xff));
          } else {
            out.append(e);
          }
        }
      }
    }
    return out.toString();
  }
}
