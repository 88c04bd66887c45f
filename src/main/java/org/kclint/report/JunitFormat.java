package org.kclint.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JUnit XML as Jenkins, GitLab and Azure read it (the Ant schema): one test suite per checked file,
 * one test case per rule. A rule with findings at or above {@code --fail-on} fails with them;
 * findings below it are kept as the case's output, so the case passes.
 */
public final class JunitFormat implements ReportFormat {

  @Override
  public String render(Report report) {
    Set<String> files = new LinkedHashSet<>(report.inputs());
    report.findings().forEach(f -> files.add(f.position().file()));
    Set<String> rules = new LinkedHashSet<>();
    report.rules().forEach(r -> rules.add(r.id()));
    report.findings().forEach(f -> rules.add(f.rule()));
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long failures =
        report.findings().stream()
            .filter(report::fails)
            .map(f -> f.position().file() + "\0" + f.rule())
            .distinct()
            .count();
    out.append("<testsuites name=\"kclint\" tests=\"")
        .append(files.size() * rules.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\">\n");
    for (String file : files) {
      suite(out, report, file, rules);
    }
    out.append("</testsuites>\n");
    return out.toString();
  }

  private static void suite(StringBuilder out, Report report, String file, Set<String> rules) {
    List<String> cases = new ArrayList<>();
    int failed = 0;
    for (String rule : rules) {
      List<Finding> hits =
          report.findings().stream()
              .filter(f -> f.rule().equals(rule) && f.position().file().equals(file))
              .toList();
      List<Finding> failing = hits.stream().filter(report::fails).toList();
      List<Finding> passing = hits.stream().filter(f -> !report.fails(f)).toList();
      StringBuilder c = new StringBuilder();
      c.append("    <testcase name=\"")
          .append(escape(rule))
          .append("\" classname=\"")
          .append(escape(file))
          .append("\" time=\"0\"");
      if (hits.isEmpty()) {
        c.append("/>\n");
      } else {
        c.append(">\n");
        if (!failing.isEmpty()) {
          failed++;
          c.append("      <failure message=\"")
              .append(escape(failing.get(0).message()))
              .append("\" type=\"")
              .append(failing.get(0).severity().spelling())
              .append("\">");
          c.append(escape(lines(failing))).append("</failure>\n");
        }
        if (!passing.isEmpty()) {
          c.append("      <system-out>").append(escape(lines(passing))).append("</system-out>\n");
        }
        c.append("    </testcase>\n");
      }
      cases.add(c.toString());
    }
    out.append("  <testsuite name=\"")
        .append(escape(file))
        .append("\" tests=\"")
        .append(rules.size())
        .append("\" failures=\"")
        .append(failed)
        .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
    cases.forEach(out::append);
    out.append("  </testsuite>\n");
  }

  /** The findings as the text format prints them, which CI pages show verbatim. */
  private static String lines(List<Finding> findings) {
    StringBuilder s = new StringBuilder();
    for (Finding f : findings) {
      s.append(f.position())
          .append(": ")
          .append(f.severity().spelling())
          .append(": ")
          .append(f.message())
          .append('\n');
      f.detail().forEach(d -> s.append("    ").append(d).append('\n'));
      f.fixes()
          .forEach(
              fix ->
                  s.append("    fix: ")
                      .append(fix.description())
                      .append(": ")
                      .append(fix.changesText())
                      .append('\n'));
    }
    return s.toString();
  }

  /** XML 1.0 text: the five entities escaped, characters XML cannot hold dropped. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
