package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.diag.InputException;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.SymbolType;
import org.kclint.report.Finding;
import org.kclint.report.RuleDocs;
import org.kclint.report.SuggestedFix;
import org.kclint.report.Waivers;
import org.kclint.rules.Severity;

/**
 * What the server offers in a {@code .config} or defconfig fragment: every finding of {@code check}
 * as a diagnostic, the symbol's help page on hover, completion of names and values, its definitions
 * and the lines that mention it, and each finding's fixes and a waiver as code actions.
 */
final class ConfigFeatures {
  /** How many symbol names one completion answer lists; the client asks again as the user types. */
  static final int MAX_NAMES = 200;

  /** How many findings in other files one folded diagnostic lists. */
  static final int MAX_FOLDED = 20;

  private static final Pattern NAME_PREFIX =
      Pattern.compile("^\\s*(#\\s*)?(C(O(N(F(I(G(_\\w*)?)?)?)?)?)?)?$");
  private static final Pattern VALUE_PREFIX = Pattern.compile("^\\s*CONFIG_(\\w+)=(\\S*)$");
  private static final Pattern HELP_VALUE = Pattern.compile("(?m)^Symbol: \\S+ \\[=(.*)\\]$");

  /** A document's findings at one version. */
  private record Checked(int version, ImmutableList<Finding> findings) {}

  /** The findings last published for each document (fixes not proven), for hover. */
  private final Map<String, Checked> checked = new ConcurrentHashMap<>();

  /** The findings with their fixes proven, for each document's last code action request. */
  private final Map<String, Checked> proven = new ConcurrentHashMap<>();

  /** conf reads a defconfig or a fragment as a minimal config ({@code --defconfig}). */
  static boolean minimal(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith("defconfig") || name.endsWith(".fragment") || name.endsWith(".cfg");
  }

  static DotConfig parse(OpenDocuments.Document doc) {
    return DotConfigReader.parse(doc.path().toString(), doc.text());
  }

  List<Diagnostic> diagnostics(OpenDocuments.Document doc, Workspace workspace) {
    ImmutableList<Finding> findings;
    try {
      findings = workspace.check(doc, minimal(doc.path()), false);
    } catch (InputException e) {
      findings = unreadable(e);
    }
    Optional<LoadedTree> tree = workspace.tree();
    checked.put(doc.uri(), new Checked(doc.version(), findings));
    List<Diagnostic> out = new ArrayList<>();
    Map<String, List<Finding>> elsewhere = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.position().file().equals(doc.path().toString())) {
        out.add(diagnostic(f, doc, tree));
      } else {
        elsewhere.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
      }
    }
    for (List<Finding> same : elsewhere.values()) {
      out.add(diagnostic(onFirstLine(same, doc.path().toString()), doc, tree));
    }
    return out;
  }

  /**
   * Findings that point into other files (stale-config names the Kconfig entry of each symbol the
   * config lacks) shown on the document's first line, pointing there; many of one rule as one
   * diagnostic (a small config of a tree lacks thousands of symbols).
   */
  private static Finding onFirstLine(List<Finding> same, String file) {
    Finding first = same.get(0);
    org.kclint.diag.Position top = org.kclint.diag.Position.ofLine(file, 1);
    if (same.size() == 1) {
      return first
          .withPosition(top)
          .withRelated(
              ImmutableList.<org.kclint.diag.Position>builder()
                  .add(first.position())
                  .addAll(first.related())
                  .build());
    }
    List<Finding> shown = same.subList(0, Math.min(MAX_FOLDED, same.size()));
    return Finding.of(
            first.rule(),
            first.severity(),
            top,
            same.size() + " " + first.rule() + " findings in other files, such as:")
        .withDetail(shown.stream().map(Finding::message).collect(ImmutableList.toImmutableList()))
        .withRelated(
            shown.stream().map(Finding::position).collect(ImmutableList.toImmutableList()));
  }

  private static ImmutableList<Finding> unreadable(InputException e) {
    return ImmutableList.of(
        Finding.of(Workspace.INPUT, Severity.ERROR, e.position(), e.getMessage()));
  }

  void forget(String uri) {
    checked.remove(uri);
    proven.remove(uri);
  }

  private static Diagnostic diagnostic(
      Finding f, OpenDocuments.Document doc, Optional<LoadedTree> tree) {
    StringBuilder message = new StringBuilder(f.message());
    f.detail().forEach(d -> message.append('\n').append(d));
    Diagnostic d =
        new Diagnostic(
            Locations.line(f.position(), doc.line(Math.max(f.position().line() - 1, 0))),
            message.toString(),
            severity(f.severity()),
            "kclint",
            f.rule());
    RuleDocs.helpUri(f.rule())
        .ifPresent(uri -> d.setCodeDescription(new DiagnosticCodeDescription(uri)));
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    for (org.kclint.diag.Position p : f.related()) {
      Locations.of(p, doc, tree)
          .ifPresent(l -> related.add(new DiagnosticRelatedInformation(l, "related: " + p)));
    }
    if (!related.isEmpty()) {
      d.setRelatedInformation(related);
    }
    return d;
  }

  private static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  /** The findings at {@code line} (0-based) of the document's version, their fixes proven. */
  private List<Finding> findingsAt(OpenDocuments.Document doc, int line, Workspace workspace) {
    Checked c =
        proven.compute(
            doc.uri(),
            (uri, known) -> {
              if (known != null && known.version() == doc.version()) {
                return known;
              }
              try {
                return new Checked(doc.version(), workspace.check(doc, minimal(doc.path()), true));
              } catch (InputException e) {
                return new Checked(doc.version(), unreadable(e));
              }
            });
    // A finding about the whole file (line 0) is shown on its first line.
    String file = doc.path().toString();
    return c.findings().stream()
        .filter(
            f -> f.position().file().equals(file) && Math.max(f.position().line() - 1, 0) == line)
        .toList();
  }

  Optional<Hover> hover(OpenDocuments.Document doc, Position at, LoadedTree tree) {
    Optional<String> name = Words.configSymbol(doc.line(at.getLine()), at.getCharacter());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    DotConfig config;
    try {
      config = parse(doc);
    } catch (InputException e) {
      return Optional.empty(); // its diagnostic says why
    }
    Optional<String> page = tree.help(config, name.get());
    if (page.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    String asked =
        config.assignments().stream()
            .filter(a -> a.name().equals(name.get()))
            .reduce((a, b) -> b)
            .map(DotConfig.Assignment::value)
            .orElse("(not set)");
    Matcher given = HELP_VALUE.matcher(page.get());
    text.append("CONFIG_").append(name.get()).append(": the config asks for ").append(asked);
    if (given.find()) {
      text.append("; conf gives ").append(given.group(1).isEmpty() ? "\"\"" : given.group(1));
    }
    text.append('\n');
    tree.reason(config, name.get()).ifPresent(why -> text.append("why: ").append(why).append('\n'));
    Checked c = checked.get(doc.uri());
    if (c != null) {
      for (Finding f : c.findings()) {
        if (f.symbol().filter(name.get()::equals).isPresent()) {
          text.append(f.rule()).append(": ").append(f.message()).append('\n');
          f.detail().forEach(d -> text.append("  ").append(d).append('\n'));
        }
      }
    }
    text.append('\n').append(page.get());
    return Optional.of(KconfigFeatures.markdown(text.toString()));
  }

  CompletionList complete(OpenDocuments.Document doc, Position at, LoadedTree tree) {
    String line = doc.line(at.getLine());
    String before = line.substring(0, Math.min(at.getCharacter(), line.length()));
    Matcher value = VALUE_PREFIX.matcher(before);
    if (value.matches()) {
      int start = before.length() - value.group(2).length();
      return new CompletionList(
          false, values(tree, value.group(1), range(at.getLine(), start, line.length())));
    }
    Matcher name = NAME_PREFIX.matcher(before);
    if (!name.matches() || tree.tree().isEmpty()) {
      return new CompletionList(false, List.of());
    }
    int start = before.length() - (name.group(2) == null ? 0 : name.group(2).length());
    String typed = name.group(8) == null ? "" : name.group(8).substring(1);
    Range replace = range(at.getLine(), start, before.length());
    List<Symbol> matching =
        tree.tree().get().symbols().values().stream()
            .filter(s -> s.name().startsWith(typed))
            .sorted(Comparator.comparing((Symbol s) -> !s.prompted()).thenComparing(Symbol::name))
            .toList();
    List<CompletionItem> items = new ArrayList<>();
    for (Symbol s : matching.subList(0, Math.min(MAX_NAMES, matching.size()))) {
      CompletionItem item = new CompletionItem("CONFIG_" + s.name());
      item.setKind(CompletionItemKind.Variable);
      Optional<String> prompt =
          s.definitions().stream().flatMap(d -> d.prompt().stream()).findFirst().map(p -> p.text());
      item.setDetail(
          s.type().name().toLowerCase()
              + prompt.map(p -> " — " + p).orElse(" (no prompt: the kernel computes it)"));
      item.setSortText((s.prompted() ? "0" : "1") + s.name());
      item.setFilterText("CONFIG_" + s.name());
      item.setTextEdit(Either.forLeft(new TextEdit(replace, "CONFIG_" + s.name() + "=")));
      items.add(item);
    }
    return new CompletionList(matching.size() > MAX_NAMES, items);
  }

  private static Range range(int line, int from, int to) {
    return new Range(new Position(line, from), new Position(line, to));
  }

  /** The values {@code name} takes: by its type, its choice's other members, its ranges. */
  private static List<CompletionItem> values(LoadedTree tree, String name, Range replace) {
    Optional<Symbol> sym = tree.symbol(name);
    if (sym.isEmpty()) {
      return List.of();
    }
    List<CompletionItem> items = new ArrayList<>();
    SymbolType type = sym.get().type();
    Optional<MenuNode> choice = tree.choiceOf(name);
    switch (type) {
      case BOOL, TRISTATE -> {
        List<String> levels =
            type == SymbolType.TRISTATE ? List.of("y", "m", "n") : List.of("y", "n");
        for (String v : levels) {
          CompletionItem item = valueItem(v, replace);
          if (v.equals("y") && choice.isPresent()) {
            item.setDetail(
                "choice "
                    + choice.get().prompt().map(p -> '"' + p.text() + '"').orElse("")
                    + ": members "
                    + String.join(", ", members(choice.get())));
          }
          items.add(item);
        }
      }
      case INT, HEX -> {
        for (MenuNode d : sym.get().definitions()) {
          for (org.kclint.kconfig.Range r : d.ranges()) {
            for (Expr bound : List.of(r.low(), r.high())) {
              CompletionItem item = valueItem(bound.toString(), replace);
              item.setDetail(
                  "range "
                      + r.low()
                      + " "
                      + r.high()
                      + (r.condition().equals(Expr.YES) ? "" : " if " + r.condition()));
              items.add(item);
            }
          }
        }
      }
      case STRING -> items.add(valueItem("\"\"", replace));
      default -> {}
    }
    return items;
  }

  private static List<String> members(MenuNode choice) {
    List<String> out = new ArrayList<>();
    for (MenuNode c : choice.children()) {
      if (c.definesSymbol()) {
        c.symbol().ifPresent(out::add);
      } else {
        out.addAll(members(c));
      }
    }
    return out;
  }

  private static CompletionItem valueItem(String value, Range replace) {
    CompletionItem item = new CompletionItem(value);
    item.setKind(CompletionItemKind.Value);
    item.setTextEdit(Either.forLeft(new TextEdit(replace, value)));
    return item;
  }

  List<Location> definition(OpenDocuments.Document doc, Position at, LoadedTree tree) {
    return Words.configSymbol(doc.line(at.getLine()), at.getCharacter())
        .flatMap(tree::symbol)
        .map(s -> KconfigFeatures.definitions(tree, s))
        .orElse(List.of());
  }

  List<Location> references(OpenDocuments.Document doc, Position at, LoadedTree tree) {
    return Words.configSymbol(doc.line(at.getLine()), at.getCharacter())
        .map(
            n ->
                new SymbolReferences(tree)
                    .of(n).stream().map(p -> Locations.inTree(tree, p)).toList())
        .orElse(List.of());
  }

  /**
   * For each finding on the lines asked about: each fix it offers (already proven by re-resolution)
   * as an edit of the config, and a waiver for its rule.
   */
  List<Either<org.eclipse.lsp4j.Command, CodeAction>> codeActions(
      OpenDocuments.Document doc, Range range, Workspace workspace) {
    List<Either<org.eclipse.lsp4j.Command, CodeAction>> out = new ArrayList<>();
    for (int line = range.getStart().getLine(); line <= range.getEnd().getLine(); line++) {
      for (Finding f : findingsAt(doc, line, workspace)) {
        for (SuggestedFix fix : f.fixes()) {
          CodeAction a = new CodeAction(fix.description() + " (" + fix.changesText() + ")");
          a.setKind(CodeActionKind.QuickFix);
          a.setEdit(edit(doc, fixEdits(doc, fix)));
          out.add(Either.forRight(a));
        }
        out.add(Either.forRight(waiver(doc, f)));
      }
    }
    return out;
  }

  private static List<TextEdit> fixEdits(OpenDocuments.Document doc, SuggestedFix fix) {
    List<TextEdit> edits = new ArrayList<>();
    for (SuggestedFix.Change c : fix.changes()) {
      if (c.line().isPresent()) {
        int line = c.line().get().line() - 1;
        edits.add(new TextEdit(range(line, 0, doc.line(line).length()), c.configLine()));
      } else {
        int last = doc.lineCount() - 1;
        String tail = doc.line(last);
        Position end = new Position(last, tail.length());
        edits.add(
            new TextEdit(
                new Range(end, end), (tail.isEmpty() ? "" : "\n") + c.configLine() + "\n"));
      }
    }
    return edits;
  }

  private static CodeAction waiver(OpenDocuments.Document doc, Finding f) {
    // A waiver at the top of the file also waives the rule's findings about the whole file.
    int line = Math.max(f.position().line() - 1, 0);
    CodeAction a = new CodeAction("Add waiver for " + f.rule());
    a.setKind(CodeActionKind.QuickFix);
    Position start = new Position(line, 0);
    a.setEdit(
        edit(
            doc,
            List.of(
                new TextEdit(
                    new Range(start, start),
                    "# kclint: ignore " + f.rule() + " " + Waivers.PLACEHOLDER + "\n"))));
    return a;
  }

  private static WorkspaceEdit edit(OpenDocuments.Document doc, List<TextEdit> edits) {
    return new WorkspaceEdit(Map.of(doc.uri(), edits));
  }
}
