package org.kclint.config;

import org.kclint.config.ConfigDocument.Item;
import org.kclint.config.ConfigDocument.MenuEnd;
import org.kclint.config.ConfigDocument.MenuStart;
import org.kclint.config.ConfigDocument.Value;

/** Writes a {@link ConfigDocument} byte for byte as conf's conf_write() does. */
public final class DotConfigWriter {
  private DotConfigWriter() {}

  /** The first words of conf's header (confdata.c conf_write_heading()). */
  public static final String GENERATED = "# Automatically generated file; DO NOT EDIT.";

  public static String write(ConfigDocument doc) {
    StringBuilder out = new StringBuilder(1 << 18);
    out.append("#\n").append(GENERATED).append("\n# ").append(doc.title()).append("\n#\n");
    boolean needNewline = false;
    for (Item item : doc.items()) {
      if (item instanceof MenuStart start) {
        out.append("\n#\n# ").append(start.prompt()).append("\n#\n");
        needNewline = false;
      } else if (item instanceof Value value) {
        if (needNewline) {
          out.append('\n');
          needNewline = false;
        }
        appendValue(out, value);
      } else if (item instanceof MenuEnd end) {
        out.append("# end of ").append(end.prompt()).append('\n');
        needNewline = true;
      }
    }
    return out.toString();
  }

  /** conf_write_defconfig's output (savedefconfig): one line per value, no heading. */
  public static String writeValues(ConfigDocument doc) {
    StringBuilder out = new StringBuilder();
    for (Item item : doc.items()) {
      if (item instanceof Value value) {
        appendValue(out, value);
      }
    }
    return out.toString();
  }

  private static void appendValue(StringBuilder out, Value value) {
    switch (value.type()) {
      case TRISTATE -> {
        if (value.value().startsWith("n")) {
          out.append("# CONFIG_").append(value.name()).append(" is not set\n");
        } else {
          out.append("CONFIG_").append(value.name()).append('=').append(value.value()).append('\n');
        }
      }
      case STRING ->
          out.append("CONFIG_")
              .append(value.name())
              .append('=')
              .append(quote(value.value()))
              .append('\n');
      case NUMBER ->
          out.append("CONFIG_").append(value.name()).append('=').append(value.value()).append('\n');
    }
  }

  /** conf's escape_string_value: quotes, with {@code "} and {@code \} backslash-escaped. */
  public static String quote(String value) {
    StringBuilder b = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
