package org.kclint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workspace folders under one server, each with its own small Kconfig tree named by the same
 * relative {@code kconfig} option: one read with conf's warnings, one that does not parse. The
 * Kconfig files show what reading them said; a config shows its findings, or why it could not be
 * checked.
 */
@Timeout(120)
class KconfigWorkspacesTest {
  private static final String GOOD =
      String.join(
          "\n",
          "mainmenu \"small\"",
          "menu \"Top\"",
          "config A",
          "\tbool \"a\"",
          "\tprompt \"again\"",
          "config B",
          "\tbool \"b\"",
          "\tdepends on A",
          "endmenu",
          "source \"sub/Kconfig\"",
          "");
  private static final String SUB = "config C\n\tbool \"c\"\n\tselect B\n";
  private static final String BROKEN = "config A\n\tbool \"a\"\n\tdepends on (\n";

  private static String uri(Path p) {
    return LspConnection.uri(p);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void eachFolderReadsItsOwnTree(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good");
    Path bad = dir.resolve("bad");
    Path kconfig = write(good.resolve("tree/Kconfig"), GOOD);
    Path sub = write(good.resolve("tree/sub/Kconfig"), SUB);
    Path broken = write(bad.resolve("tree/Kconfig"), BROKEN);
    try (LspConnection lsp = new LspConnection()) {
      lsp.initialize(List.of(good, bad), Map.of("kconfig", "tree"));

      lsp.open(kconfig, GOOD);
      Diagnostic warning =
          lsp.awaitDiagnostics(uri(kconfig), p -> !p.getDiagnostics().isEmpty())
              .getDiagnostics()
              .get(0);
      assertEquals(DiagnosticSeverity.Warning, warning.getSeverity());
      assertEquals(4, warning.getRange().getStart().getLine(), warning.toString());
      assertTrue(warning.getMessage().getLeft().contains("prompt redefined"), warning.toString());
      TextDocumentIdentifier kid = new TextDocumentIdentifier(uri(kconfig));
      List<DocumentSymbol> symbols =
          LspConnection.await(
                  lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(kid)))
              .stream()
              .map(e -> e.getRight())
              .toList();
      assertEquals("Top", symbols.get(0).getName());
      assertEquals(
          List.of("A", "B"), symbols.get(0).getChildren().stream().map(s -> s.getName()).toList());
      List<? extends Location> sourced =
          LspConnection.await(
                  lsp.server
                      .getTextDocumentService()
                      .definition(new DefinitionParams(kid, new Position(9, 2))))
              .getLeft();
      assertEquals(List.of(uri(sub)), sourced.stream().map(Location::getUri).toList());
      String sourceHover =
          LspConnection.await(
                  lsp.server
                      .getTextDocumentService()
                      .hover(new HoverParams(kid, new Position(9, 2))))
              .getContents()
              .getRight()
              .getValue();
      assertEquals("```text\nsub/Kconfig\n```\n", sourceHover);

      Path config = good.resolve("x.config");
      String text = "CONFIG_C=y\nCONFIG_A=y\nCONFIG_B=y\nCONFIG_NOPE=y\n";
      lsp.open(config, text);
      PublishDiagnosticsParams found =
          lsp.awaitDiagnostics(uri(config), p -> !p.getDiagnostics().isEmpty());
      assertTrue(
          found.getDiagnostics().stream()
              .anyMatch(
                  d ->
                      d.getRange().getStart().getLine() == 3
                          && d.getCode().getLeft().equals("unknown-symbol")),
          found.toString());
      TextDocumentIdentifier cid = new TextDocumentIdentifier(uri(config));
      List<? extends Location> defs =
          LspConnection.await(
                  lsp.server
                      .getTextDocumentService()
                      .definition(new DefinitionParams(cid, new Position(2, 8))))
              .getLeft();
      assertEquals(uri(kconfig), defs.get(0).getUri());
      assertEquals(5, defs.get(0).getRange().getStart().getLine());
      List<? extends Location> refs =
          LspConnection.await(
              lsp.server
                  .getTextDocumentService()
                  .references(
                      new ReferenceParams(cid, new Position(2, 8), new ReferenceContext(false))));
      assertEquals(
          List.of(uri(sub) + ":2"),
          refs.stream().map(l -> l.getUri() + ":" + l.getRange().getStart().getLine()).toList());
      String hover =
          LspConnection.await(
                  lsp.server
                      .getTextDocumentService()
                      .hover(new HoverParams(cid, new Position(2, 8))))
              .getContents()
              .getRight()
              .getValue();
      assertTrue(hover.contains("CONFIG_B: the config asks for y; conf gives y\nwhy: "), hover);
      List<CompletionItem> names =
          LspConnection.await(
                  lsp.server
                      .getTextDocumentService()
                      .completion(new CompletionParams(cid, new Position(4, 0))))
              .getRight()
              .getItems();
      assertEquals(
          List.of("CONFIG_A", "CONFIG_B", "CONFIG_C"),
          names.stream().map(CompletionItem::getLabel).toList());

      Path other = bad.resolve("y.config");
      lsp.open(other, "CONFIG_A=y\n");
      Diagnostic notChecked =
          lsp.awaitDiagnostics(uri(other), p -> !p.getDiagnostics().isEmpty())
              .getDiagnostics()
              .get(0);
      assertEquals(DiagnosticSeverity.Error, notChecked.getSeverity());
      assertEquals(0, notChecked.getRange().getStart().getLine());
      assertTrue(
          notChecked.getMessage().getLeft().startsWith("not checked: "), notChecked.toString());
      assertEquals(uri(broken), notChecked.getRelatedInformation().get(0).getLocation().getUri());
      lsp.open(broken, BROKEN);
      Diagnostic error =
          lsp.awaitDiagnostics(uri(broken), p -> !p.getDiagnostics().isEmpty())
              .getDiagnostics()
              .get(0);
      assertEquals(DiagnosticSeverity.Error, error.getSeverity());
      assertEquals(
          notChecked.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine(),
          error.getRange().getStart().getLine());
    }
  }
}
