package org.kclint.lsp;

import com.google.gson.JsonParseException;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * What LSP4J logs (a malformed message, a method it cannot route, a broken connection), as one line
 * on standard error a user can read: no stack trace and no Java class names; the server goes on.
 */
final class LogLine extends Formatter {
  /** A leading {@code java.io.EOFException: } that Gson and LSP4J put before the real message. */
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");

  @Override
  public String format(LogRecord r) {
    String message = plain(formatMessage(r));
    Throwable t = r.getThrown();
    if (t != null && message.isEmpty()) {
      message = plain(innermost(t).getMessage());
    }
    if (isMalformed(t)) {
      message = "malformed message ignored: " + message;
    }
    String level = r.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
    if (r.getLevel().intValue() < Level.WARNING.intValue()) {
      level = "note";
    }
    return "kclint lsp: " + level + ": " + message + System.lineSeparator();
  }

  /** The first line of {@code text} without the class names prefixed to it. */
  static String plain(String text) {
    String line = text == null ? "" : text.lines().findFirst().orElse("").trim();
    String before;
    do {
      before = line;
      line = CLASS_PREFIX.matcher(line).replaceFirst("");
    } while (!line.equals(before));
    return line;
  }

  private static boolean isMalformed(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof JsonParseException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable innermost(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }
}
