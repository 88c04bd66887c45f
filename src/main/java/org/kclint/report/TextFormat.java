package org.kclint.report;

import org.kclint.diag.Position;
import org.kclint.model.Step;
import org.kclint.rules.Reference;
import org.kclint.rules.Severity;

/**
 * gcc's diagnostic form, which editors, terminals and CI log scrapers already understand: one line
 * {@code file:line:col: severity: message [rule]}, then the detail indented under it, then a count.
 * Colour (gcc's: bold place, red error, magenta warning, cyan info) only when asked.
 */
public final class TextFormat implements ReportFormat {
  private static final String INDENT = "    ";
  private final boolean colour;

  public TextFormat(boolean colour) {
    this.colour = colour;
  }

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      finding(out, f);
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  private void finding(StringBuilder out, Finding f) {
    out.append(paint("1", f.position().toString() + ":"))
        .append(' ')
        .append(paint(colourOf(f.severity()), f.severity().spelling() + ":"))
        .append(' ')
        .append(f.message())
        .append(" [")
        .append(paint("1", f.rule()))
        .append("]\n");
    for (String line : f.detail()) {
      out.append(INDENT).append(line).append('\n');
    }
    f.extra().forEach((key, value) -> extra(out, key, value));
    for (Position p : f.related()) {
      out.append(INDENT).append("see also ").append(p).append('\n');
    }
    for (SuggestedFix fix : f.fixes()) {
      out.append(INDENT)
          .append(paint("32", "fix:"))
          .append(' ')
          .append(fix.description())
          .append(": ")
          .append(fix.changesText())
          .append('\n');
    }
    for (Reference r : f.references()) {
      out.append(INDENT).append("ref: ").append(r).append('\n');
    }
    RuleDocs.helpUri(f.rule())
        .ifPresent(uri -> out.append(INDENT).append("(see ").append(uri).append(")\n"));
    f.trace()
        .ifPresent(
            t -> {
              out.append(INDENT)
                  .append("trace (")
                  .append(t.scenario())
                  .append("): ")
                  .append(t.violation().message())
                  .append('\n');
              for (Step s : t.steps()) {
                out.append(INDENT)
                    .append("  ")
                    .append(s.number())
                    .append(". ")
                    .append(s.actor())
                    .append(' ')
                    .append(s.operation())
                    .append(": ")
                    .append(s.changed())
                    .append('\n');
              }
            });
  }

  /** Extra members that hold text or lists of text; structured ones are for the JSON. */
  private static void extra(StringBuilder out, String key, Object value) {
    if (value instanceof String text) {
      out.append(INDENT)
          .append(key)
          .append(": ")
          .append(text.replace("\n", "\n" + INDENT + "  "))
          .append('\n');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(INDENT).append(key).append(": ").append(value).append('\n');
    } else if (value instanceof java.util.List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(String.class::isInstance)) {
      out.append(INDENT).append(key).append(":\n");
      list.forEach(line -> out.append(INDENT).append("  ").append(line).append('\n'));
    }
  }

  private static String summary(Report report) {
    return plural(report.count(Severity.ERROR), "error")
        + ", "
        + plural(report.count(Severity.WARNING), "warning")
        + ", "
        + plural(report.count(Severity.INFO), "info")
        + " in "
        + plural(report.inputs().size(), "file");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
  }

  private static String colourOf(Severity s) {
    return switch (s) {
      case ERROR -> "1;31";
      case WARNING -> "1;35";
      case INFO -> "1;36";
    };
  }

  private String paint(String sgr, String text) {
    return colour ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
  }
}
