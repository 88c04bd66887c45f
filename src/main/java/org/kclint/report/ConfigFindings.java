package org.kclint.report;

import com.google.common.collect.ImmutableList;
import org.kclint.config.DotConfig;
import org.kclint.io.ByteText;

/**
 * Checks of a {@code .config} as text, which need no Kconfig tree: for now, the lines conf skips
 * because it cannot read them ({@code unreadable-line}).
 */
public final class ConfigFindings {
  private ConfigFindings() {}

  /** The catalogue area of these checks ({@code rules/catalogue/config/}). */
  public static final String AREA = "config";

  /** Longest piece of a line a message quotes. */
  private static final int QUOTED = 40;

  public static ImmutableList<RuleInfo> rules() {
    return RuleInfo.checks(AREA);
  }

  public static ImmutableList<Finding> of(DotConfig config) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (DotConfig.Line line : config.lines()) {
      // conf skips a blank line, and a line whose first byte is '\r' (a CRLF blank line).
      if (line instanceof DotConfig.Unrecognized u && !u.text().startsWith("\r")) {
        out.add(
            Finding.of(
                "unreadable-line",
                RuleInfo.severityOf("unreadable-line"),
                u.position(),
                "conf cannot read this line and skips it: " + quote(u.text())));
      }
    }
    return out.build();
  }

  /**
   * The line as a message can show it: control characters and bytes that are not UTF-8 escaped, cut
   * short.
   */
  private static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (b.length() > QUOTED) {
        b.append("...");
        break;
      }
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || ByteText.isEscapedByte(text, i)) {
        b.append(String.format("\\x%02x", c & 0xff));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
