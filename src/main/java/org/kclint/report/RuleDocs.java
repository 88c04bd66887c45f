package org.kclint.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Catalogue;
import org.kclint.rules.Fix;
import org.kclint.rules.Reference;
import org.kclint.rules.Rule;
import org.kclint.rules.parse.RuleFiles;

/**
 * The rule help pages, {@code docs/rules/ID.md}, one per built-in rule, as Error Prone generates
 * its bug-pattern pages from the checks' metadata: the catalogue's rules from their rule files, the
 * Kconfig and waiver checks from their catalogue entries ({@code .check} files). Reports link to
 * them (SARIF's helpUri, the text and JSON formats, the editor's diagnostic link). The pages are
 * generated, checked in and compared with a fresh rendering by a test, so they cannot go stale.
 */
public final class RuleDocs {
  /** kclint's home page. */
  public static final String INFORMATION_URI = "https://github.com/kclint/kclint";

  /** Where the pages are, relative to the repository root. */
  public static final String FOLDER = "docs/rules";

  /** How a file of the repository's main branch is addressed on the home page. */
  static final String BLOB = INFORMATION_URI + "/blob/main/";

  /** The checks that are not catalogue rules: the Kconfig checks and the waiver checks. */
  public static final ImmutableList<BuiltInCheck> CHECKS = RuleFiles.shippedChecks();

  private static Set<String> documented;

  private RuleDocs() {}

  /**
   * The page of a built-in rule (a shipped catalogue rule or one of {@link #CHECKS}); a rule of a
   * project's own pack has none. A pack rule that replaces a shipped one of the same id is still
   * linked to the shipped rule's page, the closest description there is.
   */
  public static Optional<String> helpUri(String rule) {
    return documented().contains(rule) ? Optional.of(BLOB + path(rule)) : Optional.empty();
  }

  /** The page's path in the repository. */
  public static String path(String rule) {
    return FOLDER + "/" + rule + ".md";
  }

  private static synchronized Set<String> documented() {
    if (documented == null) {
      Set<String> ids = new TreeSet<>(RuleFiles.shippedIds());
      CHECKS.forEach(c -> ids.add(c.id()));
      documented = Set.copyOf(ids);
    }
    return documented;
  }

  /** Every page by its file name in {@link #FOLDER}, with the index {@code README.md}. */
  public static ImmutableSortedMap<String, String> pages(Catalogue shipped) {
    ImmutableSortedMap.Builder<String, String> pages = ImmutableSortedMap.naturalOrder();
    StringBuilder index = new StringBuilder();
    index
        .append("# kclint rules\n\n")
        .append("Generated from the rule catalogue (`rules/catalogue/`) and kclint's built-in ")
        .append("checks by `RuleDocsTest`; do not edit by hand.\n\n")
        .append("## Kconfig and waiver checks\n\n")
        .append("| Rule | Severity | Summary |\n| --- | --- | --- |\n");
    for (BuiltInCheck check : CHECKS) {
      pages.put(check.id() + ".md", page(check));
      row(index, check.id(), check.severity().spelling(), check.summary());
    }
    index
        .append("\n## Hardware-hazard rules\n\n")
        .append("| Rule | Severity | Area | Summary |\n| --- | --- | --- | --- |\n");
    for (Rule rule : shipped.rules()) {
      pages.put(rule.id() + ".md", page(rule));
      row(index, rule.id(), rule.severity().spelling() + " | " + rule.area(), rule.summary());
    }
    pages.put("README.md", index.toString());
    return pages.build();
  }

  private static void row(StringBuilder index, String id, String middle, String summary) {
    index
        .append("| [")
        .append(id)
        .append("](")
        .append(id)
        .append(".md) | ")
        .append(middle)
        .append(" | ")
        .append(cell(summary))
        .append(" |\n");
  }

  private static String page(BuiltInCheck check) {
    StringBuilder out = heading(check.id(), check.summary());
    out.append("Severity: ")
        .append(check.severity().spelling())
        .append(". Defined in ")
        .append(link(check.position().file()))
        .append(".\n\n");
    out.append(check.explanation().strip()).append("\n\n");
    references(out, check.references());
    return turningOff(out, check.id()).toString();
  }

  private static String page(Rule r) {
    StringBuilder out = heading(r.id(), r.summary());
    out.append("| | |\n| --- | --- |\n")
        .append("| Severity | ")
        .append(r.severity().spelling())
        .append(" |\n| Area | ")
        .append(r.area())
        .append(" |\n| Kernels | ")
        .append(r.kernelsText())
        .append(" |\n| Defined in | ")
        .append(link(r.position().file()))
        .append(" |\n\n## When it fires\n\n")
        .append(code(r.when().toString()))
        .append("\n\n");
    r.latent()
        .ifPresent(
            c ->
                out.append("Latent (a warning) unless ")
                    .append(code(c.expr().toString()))
                    .append(": otherwise ")
                    .append(c.reason())
                    .append(".\n\n"));
    r.mitigated()
        .ifPresent(
            c ->
                out.append("Mitigated (info) when ")
                    .append(code(c.expr().toString()))
                    .append(": ")
                    .append(c.reason())
                    .append(".\n\n"));
    out.append("A finding points at ")
        .append(r.blame().stream().map(s -> code("CONFIG_" + s)).collect(Collectors.joining(", ")))
        .append(".\n\n## Why\n\n")
        .append(r.explanation().strip())
        .append("\n\n## Fixes\n\n");
    for (Fix f : r.fixes()) {
      out.append("- ").append(f.description()).append(": ").append(code(f.changesText()));
      out.append('\n');
    }
    out.append(
        "\nkclint offers a fix only after applying it, re-resolving the config and evaluating the"
            + " rule again (`kclint fix` applies them).\n");
    r.scenario()
        .ifPresent(
            s -> {
              out.append("\n## Model scenario\n\n")
                  .append(link("rules/scenarios/" + s.scenario() + ".scn"))
                  .append(", with:\n\n");
              s.parameters()
                  .forEach(
                      (name, expr) ->
                          out.append("- ").append(code(name + " = " + expr)).append('\n'));
              out.append("\nWhere the rule holds, the model must find ")
                  .append(code(s.expect().violation()))
                  .append(" in this scenario (the rule's `expect`, checked on its test case by")
                  .append(" `HazardCheckTest`).\n");
              out.append("\n`kclint trace ").append(r.id()).append(" CONFIG` shows the trace.\n");
            });
    out.append('\n');
    references(out, r.references());
    return turningOff(out, r.id()).toString();
  }

  private static void references(StringBuilder out, List<Reference> references) {
    if (references.isEmpty()) {
      return;
    }
    out.append("## References\n\n");
    for (Reference ref : references) {
      out.append("- ").append(reference(ref)).append('\n');
    }
    out.append('\n');
  }

  private static StringBuilder heading(String id, String summary) {
    return new StringBuilder().append("# ").append(id).append("\n\n").append(summary + "\n\n");
  }

  private static StringBuilder turningOff(StringBuilder out, String id) {
    return out.append("## Turning it off\n\n")
        .append("- for one line of a config: `# kclint: ignore ")
        .append(id)
        .append(" <reason>` on it or just above it\n")
        .append("- for a project: `severity ")
        .append(id)
        .append("=off` in `.kclint`\n")
        .append("- for one run: `--severity ")
        .append(id)
        .append("=off`\n");
  }

  private static String reference(Reference ref) {
    String target =
        switch (ref.kind()) {
          case THREAD, DOC ->
              ref.target().startsWith("http") ? "<" + ref.target() + ">" : code(ref.target());
          case COMMIT, FILE -> code(ref.target());
        };
    return ref.kind().spelling() + " " + target + ": " + ref.note();
  }

  /** A link from a page to a file of the repository. */
  private static String link(String repositoryPath) {
    return "[" + repositoryPath + "](../../" + repositoryPath + ")";
  }

  private static String code(String text) {
    return text.contains("`") ? "``" + text + "``" : "`" + text + "`";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
