package org.kclint.rules.parse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Triple-quoted explanation text laid out like a Java text block: common indentation removed. */
final class TextBlocks {
  private TextBlocks() {}

  static String dedent(String raw) {
    List<String> lines = Arrays.asList(raw.replace("\r\n", "\n").split("\n", -1));
    int start = !lines.isEmpty() && lines.get(0).isBlank() ? 1 : 0;
    int end = lines.size();
    while (end > start && lines.get(end - 1).isBlank()) {
      end--;
    }
    List<String> body = lines.subList(start, end);
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return body.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n"));
  }
}
