package org.kclint.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.Symbol;

/**
 * What the server offers in a Kconfig file: the reader's errors and conf's warnings, the file's
 * menus, configs and choices, and hover and definition for symbols and {@code source} lines.
 */
final class KconfigFeatures {
  private static final Pattern SOURCE = Pattern.compile("^\\s*(source)\\s+\"([^\"]*)\"");
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\(([A-Za-z0-9_]+)\\)|\\$([A-Za-z0-9_]+)");

  private KconfigFeatures() {}

  /** Whether a file is read as Kconfig: {@code Kconfig} and {@code Kconfig.*}. */
  static boolean isKconfig(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.equals("Kconfig") || name.startsWith("Kconfig.");
  }

  static List<Diagnostic> diagnostics(OpenDocuments.Document doc, Optional<LoadedTree> loaded) {
    if (loaded.isEmpty()) {
      return List.of();
    }
    Optional<String> rel = loaded.get().relative(doc.path());
    if (rel.isEmpty()) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    for (TreeProblem p : loaded.get().problems().get(rel.get())) {
      Diagnostic d =
          new Diagnostic(
              Locations.line(p.position(), doc.line(p.position().line() - 1)),
              p.message(),
              p.error() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
              "kclint");
      out.add(d);
    }
    return out;
  }

  /** The file's menus, configs and choices, nested as the file nests them. */
  static List<DocumentSymbol> symbols(OpenDocuments.Document doc, Optional<LoadedTree> loaded) {
    if (loaded.isEmpty() || loaded.get().tree().isEmpty()) {
      return List.of();
    }
    Optional<String> rel = loaded.get().relative(doc.path());
    if (rel.isEmpty()) {
      return List.of();
    }
    List<DocumentSymbol> out = new ArrayList<>();
    for (MenuNode child : loaded.get().tree().get().root().children()) {
      collect(child, rel.get(), doc, out);
    }
    return out;
  }

  private static void collect(
      MenuNode node, String file, OpenDocuments.Document doc, List<DocumentSymbol> out) {
    SymbolKind kind =
        switch (node.kind()) {
          case CONFIG, MENUCONFIG -> SymbolKind.Variable;
          case CHOICE -> SymbolKind.Enum;
          case MENU -> SymbolKind.Namespace;
          default -> null;
        };
    if (kind == null || !node.position().file().equals(file)) {
      node.children().forEach(c -> collect(c, file, doc, out));
      return;
    }
    String name =
        node.symbol()
            .orElseGet(
                () -> node.prompt().map(p -> p.text()).orElse(node.kind().name().toLowerCase()));
    int line = node.position().line() - 1;
    int last = Math.max(line, lastLine(node, file) - 1);
    Range selection = new Range(new Position(line, 0), new Position(line, doc.line(line).length()));
    Range range = new Range(selection.getStart(), new Position(last, doc.line(last).length()));
    DocumentSymbol s = new DocumentSymbol(name, kind, range, selection);
    node.prompt().ifPresent(p -> s.setDetail(p.text()));
    List<DocumentSymbol> children = new ArrayList<>();
    node.children().forEach(c -> collect(c, file, doc, children));
    s.setChildren(children);
    out.add(s);
  }

  /** The last line of the entry's descendants in the same file. */
  private static int lastLine(MenuNode node, String file) {
    int last = node.position().line();
    for (MenuNode c : node.children()) {
      if (c.position().file().equals(file)) {
        last = Math.max(last, lastLine(c, file));
      }
    }
    return last;
  }

  static Optional<Hover> hover(OpenDocuments.Document doc, Position at, LoadedTree loaded) {
    String line = doc.line(at.getLine());
    Optional<List<Path>> sourced = sourced(doc, line, loaded);
    if (sourced.isPresent()) {
      StringBuilder text = new StringBuilder();
      for (Path p : sourced.get()) {
        text.append(loaded.relative(p).orElse(p.toString())).append('\n');
      }
      return Optional.of(markdown(text.length() == 0 ? "(no file)\n" : text.toString()));
    }
    return Words.at(line, at.getCharacter())
        .flatMap(w -> loaded.help(LoadedTree.noConfig(), w))
        .map(KconfigFeatures::markdown);
  }

  static List<Location> definition(OpenDocuments.Document doc, Position at, LoadedTree loaded) {
    String line = doc.line(at.getLine());
    Optional<List<Path>> sourced = sourced(doc, line, loaded);
    if (sourced.isPresent()) {
      return sourced.get().stream()
          .map(
              p ->
                  new Location(
                      p.toUri().toString(), new Range(new Position(0, 0), new Position(0, 0))))
          .toList();
    }
    return Words.at(line, at.getCharacter())
        .flatMap(loaded::symbol)
        .map(s -> definitions(loaded, s))
        .orElse(List.of());
  }

  static List<Location> definitions(LoadedTree loaded, Symbol s) {
    return s.definitions().stream().map(d -> Locations.inTree(loaded, d.position())).toList();
  }

  /** A page shown as it prints: preformatted. */
  static Hover markdown(String page) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, "```text\n" + page + "```\n"));
  }

  /**
   * The files a {@code source} line reads, its variables expanded as the reader expands them
   * ({@code SRCARCH}, {@code ARCH}, {@code srctree} and the workspace's environment); empty when
   * the line is no {@code source} line.
   */
  static Optional<List<Path>> sourced(OpenDocuments.Document doc, String line, LoadedTree loaded) {
    Matcher m = SOURCE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    Map<String, String> env = loaded.environment();
    Matcher v = VARIABLE.matcher(m.group(2));
    StringBuilder expanded = new StringBuilder();
    while (v.find()) {
      String name = v.group(1) != null ? v.group(1) : v.group(2);
      v.appendReplacement(expanded, Matcher.quoteReplacement(env.getOrDefault(name, "")));
    }
    v.appendTail(expanded);
    Path p = loaded.root().resolve(expanded.toString()).normalize();
    return Optional.of(Files.isRegularFile(p) ? List.of(p) : List.of());
  }
}
