package org.kclint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Fix;
import org.kclint.rules.Reference;
import org.kclint.rules.Rule;

/**
 * The catalogue on a terminal: {@code kclint rules}'s table of every check and rule, and {@code
 * kclint explain}'s page of one, everything its file says.
 */
public final class RuleListing {
  private static final String[] HEADER = {"ID", "SEVERITY", "KERNELS", "AREA", "SUMMARY"};

  private RuleListing() {}

  /** One row per check, then per rule, the columns aligned; the last line counts them. */
  public static String table(List<BuiltInCheck> checks, List<Rule> rules) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    checks.forEach(
        c ->
            rows.add(new String[] {c.id(), c.severity().spelling(), "all", c.area(), c.summary()}));
    rules.forEach(
        r ->
            rows.add(
                new String[] {
                  r.id(), r.severity().spelling(), r.kernelsText(), r.area(), r.summary()
                }));
    int[] width = new int[HEADER.length - 1];
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) {
        out.append(String.format("%-" + width[i] + "s  ", row[i]));
      }
      out.append(row[width.length]).append('\n');
    }
    out.append(rules.size()).append(" rules");
    if (!checks.isEmpty()) {
      out.append(", ").append(checks.size()).append(" checks");
    }
    return out.append('\n').toString();
  }

  /** A check's page: its entry. */
  public static String page(BuiltInCheck c) {
    StringBuilder out = title(c.id(), c.severity().spelling(), c.area(), c.summary());
    references(out, c.references());
    line(out, "Defined at", c.position().toString());
    return out.append('\n').append(c.explanation()).append('\n').toString();
  }

  /** A rule's page: condition, fixes, references, scenario and explanation. */
  public static String page(Rule r) {
    StringBuilder out = title(r.id(), r.severity().spelling(), r.area(), r.summary());
    line(out, "Kernels", r.kernelsText());
    line(out, "Fires when", r.when().toString());
    r.latent()
        .ifPresent(
            c ->
                line(
                    out,
                    "Latent unless",
                    c.expr() + "\n" + " ".repeat(16) + "(otherwise: " + c.reason() + ")"));
    r.mitigated()
        .ifPresent(
            c ->
                line(
                    out,
                    "Mitigated when",
                    c.expr() + "\n" + " ".repeat(16) + "(" + c.reason() + ")"));
    line(
        out,
        "Blames",
        r.blame().stream().map(s -> "CONFIG_" + s).collect(Collectors.joining(", ")));
    out.append("Fixes:\n");
    for (Fix f : r.fixes()) {
      out.append("  - ").append(f.description()).append(": ").append(f.changesText()).append('\n');
    }
    references(out, r.references());
    r.scenario()
        .ifPresent(
            s ->
                line(
                    out,
                    "Scenario",
                    s.scenario()
                        + s.parameters().entrySet().stream()
                            .map(e -> e.getKey() + " = " + e.getValue())
                            .collect(Collectors.joining(", ", " (", ")"))));
    line(out, "Defined at", r.position().toString());
    out.append('\n').append(r.explanation()).append('\n');
    return out.toString();
  }

  private static StringBuilder title(String id, String severity, String area, String summary) {
    return new StringBuilder()
        .append(id)
        .append(" (")
        .append(severity)
        .append(", ")
        .append(area)
        .append(")\n  ")
        .append(summary)
        .append("\n\n");
  }

  private static void references(StringBuilder out, List<Reference> references) {
    if (references.isEmpty()) {
      return;
    }
    out.append("References:\n");
    for (Reference ref : references) {
      out.append("  - ").append(ref).append('\n');
    }
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("%-16s%s\n", label + ":", value));
  }
}
