package org.kclint.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON as kclint writes it: two-space indents, {@code "key": value}, a final newline, the same
 * bytes on every platform (golden files compare them).
 */
public final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Plain data (strings, numbers, booleans, lists and maps of those) as a JSON tree. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static String pretty(JsonNode node) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try {
      return escapeBytes(MAPPER.writer(printer).writeValueAsString(node)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * A byte of the input that was not UTF-8 ({@link ByteText}) can only stand inside a JSON string:
   * written as the escape of the character that stands for it, the report stays UTF-8 and reading
   * it back gives the same character.
   */
  private static String escapeBytes(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      if (ByteText.isEscapedByte(json, i)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(String.format("\\u%04x", (int) json.charAt(i)));
      } else if (out != null) {
        out.append(json.charAt(i));
      }
    }
    return out == null ? json : out.toString();
  }

  /** Parses JSON text kclint reads back (a baseline), or throws Jackson's positioned error. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }
}
