package org.kclint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/**
 * The server driven through LSP4J's client launcher on the 6.1 arm tree: initialize, open, change,
 * hover, completion, definition, references, Kconfig document symbols, shutdown. One server for the
 * class: the tree is read once, as an editor session would.
 */
@Timeout(300)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageServerCorpusTest {
  static final String CONFIG =
      String.join(
          "\n",
          "CONFIG_MMU=y",
          "CONFIG_HIGHMEM=y",
          "CONFIG_SMP=y",
          "# CONFIG_ARCH_MULTI_V7 is not set",
          "CONFIG_CPU_TLB_V6=y",
          "CONFIG_NR_CPUS=99",
          "");

  @TempDir static Path dir;
  static LspConnection lsp;
  static InitializeResult init;
  static Path config;

  /** The settings the references were made with (reference/README.md). */
  static Map<String, Object> armSettings() {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("kconfig", Corpus.linux().toAbsolutePath().toString());
    options.put("arch", "arm");
    options.put("toolchain", Corpus.armToolchain().toAbsolutePath().toString());
    options.put("env", ArmKconfig.ENVIRONMENT);
    return options;
  }

  @BeforeAll
  static void start() {
    Map<String, Object> options = armSettings();
    lsp = new LspConnection();
    init = lsp.initialize(dir, options);
    config = dir.resolve("test.config");
  }

  @AfterAll
  static void stop() throws Exception {
    if (lsp != null) {
      LspConnection.await(lsp.server.shutdown());
      lsp.server.exit();
      assertEquals(0, LspConnection.await(lsp.exitCode));
      lsp.close();
    }
  }

  private static TextDocumentIdentifier doc() {
    return new TextDocumentIdentifier(LspConnection.uri(config));
  }

  private static boolean has(PublishDiagnosticsParams p, int line, String rule) {
    return p.getDiagnostics().stream()
        .anyMatch(
            d -> d.getRange().getStart().getLine() == line && rule.equals(d.getCode().getLeft()));
  }

  @Test
  @Order(1)
  void openPublishesTheFindingsOfCheck() throws Exception {
    assertTrue(init.getCapabilities().getHoverProvider().getLeft());
    lsp.open(config, CONFIG);
    PublishDiagnosticsParams p =
        lsp.awaitDiagnostics(LspConnection.uri(config), x -> !x.getDiagnostics().isEmpty());
    assertEquals(1, p.getVersion());
    assertTrue(has(p, 2, "value-dropped"), p.toString());
    assertTrue(has(p, 4, "not-user-settable"), p.toString());
    assertTrue(has(p, 5, "value-dropped"), p.toString());
    Diagnostic smp =
        p.getDiagnostics().stream()
            .filter(
                d ->
                    d.getRange().getStart().getLine() == 2
                        && d.getCode().getLeft().equals("value-dropped"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        smp.getMessage().getLeft().contains("CONFIG_SMP=y will be unset"),
        smp.getMessage().getLeft());
    assertEquals(
        "https://github.com/kclint/kclint/blob/main/docs/rules/value-dropped.md",
        smp.getCodeDescription().getHref());
    assertEquals(12, smp.getRange().getEnd().getCharacter());
    // The hundreds of stale-config findings point into the Kconfig files: one diagnostic on the
    // first line, pointing there.
    List<Diagnostic> stale =
        p.getDiagnostics().stream()
            .filter(d -> d.getCode().getLeft().equals("stale-config"))
            .toList();
    assertEquals(1, stale.size(), p.toString());
    assertEquals(0, stale.get(0).getRange().getStart().getLine());
    assertTrue(
        stale
            .get(0)
            .getMessage()
            .getLeft()
            .matches("(?s)\\d+ stale-config findings in other files, such as:\n.*"),
        stale.get(0).getMessage().getLeft());
    assertEquals(ConfigFeatures.MAX_FOLDED, stale.get(0).getRelatedInformation().size());
    assertTrue(
        stale.get(0).getRelatedInformation().get(0).getLocation().getUri().contains("/linux-6.1/"),
        stale.get(0).getRelatedInformation().toString());
  }

  @Test
  @Order(2)
  void changePublishesTheNewVersionOnly() throws Exception {
    // Two quick edits: the first's result must never be published after the second's.
    TextDocumentContentChangeEvent first =
        new TextDocumentContentChangeEvent(
            new Range(new Position(5, 15), new Position(5, 17)), "98");
    lsp.server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(LspConnection.uri(config), 2), List.of(first)));
    TextDocumentContentChangeEvent second =
        new TextDocumentContentChangeEvent(
            new Range(new Position(2, 0), new Position(2, 12)), "# CONFIG_SMP is not set");
    lsp.server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(LspConnection.uri(config), 3),
                List.of(second)));
    PublishDiagnosticsParams p =
        lsp.awaitDiagnostics(LspConnection.uri(config), x -> x.getVersion() == 3);
    assertFalse(has(p, 2, "value-dropped"), p.toString());
    assertTrue(has(p, 5, "value-dropped"), p.toString());
    assertTrue(
        lsp.diagnostics.stream().noneMatch(x -> x.getVersion() != null && x.getVersion() < 3));
  }

  @Test
  @Order(3)
  void hoverShowsTheHelpPageAndWhatConfGives() {
    Hover h =
        LspConnection.await(
            lsp.server.getTextDocumentService().hover(new HoverParams(doc(), new Position(5, 3))));
    String text = h.getContents().getRight().getValue();
    assertTrue(text.contains("CONFIG_NR_CPUS: the config asks for 98; conf gives"), text);
    assertTrue(text.contains("Symbol: NR_CPUS"), text);
    assertTrue(text.contains("value-dropped: CONFIG_NR_CPUS=98 will be"), text);
    assertTrue(text.contains("Defined at arch/arm/Kconfig:"), text);
    assertTrue(text.contains("\nwhy: "), text);
  }

  @Test
  @Order(4)
  void completionListsPromptedSymbolsFirstAndValuesByType() {
    // A new line "CONFIG_HIGHM" after line 1.
    lsp.server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(LspConnection.uri(config), 4),
                List.of(
                    new TextDocumentContentChangeEvent(
                        new Range(new Position(6, 0), new Position(6, 0)), "CONFIG_HIGHM"))));
    List<CompletionItem> names =
        LspConnection.await(
                lsp.server
                    .getTextDocumentService()
                    .completion(new CompletionParams(doc(), new Position(6, 12))))
            .getRight()
            .getItems();
    assertEquals("CONFIG_HIGHMEM", names.get(0).getLabel());
    assertTrue(
        names.get(0).getDetail().startsWith("bool — High Memory Support"),
        names.get(0).getDetail());
    assertTrue(names.stream().allMatch(i -> i.getLabel().startsWith("CONFIG_HIGHM")));
    List<CompletionItem> values =
        LspConnection.await(
                lsp.server
                    .getTextDocumentService()
                    .completion(new CompletionParams(doc(), new Position(1, 15))))
            .getRight()
            .getItems();
    assertEquals(List.of("y", "n"), values.stream().map(CompletionItem::getLabel).toList());
    List<CompletionItem> range =
        LspConnection.await(
                lsp.server
                    .getTextDocumentService()
                    .completion(new CompletionParams(doc(), new Position(5, 15))))
            .getRight()
            .getItems();
    assertTrue(range.stream().anyMatch(i -> i.getLabel().equals("2")), range.toString());
    assertTrue(range.stream().anyMatch(i -> i.getLabel().equals("32")), range.toString());
  }

  @Test
  @Order(5)
  void definitionAndReferencesLeadIntoTheKconfigFiles() {
    List<? extends Location> defs =
        LspConnection.await(
                lsp.server
                    .getTextDocumentService()
                    .definition(new DefinitionParams(doc(), new Position(1, 9))))
            .getLeft();
    assertEquals(1, defs.size());
    assertTrue(defs.get(0).getUri().endsWith("/arch/arm/Kconfig"), defs.get(0).getUri());
    List<? extends Location> refs =
        LspConnection.await(
            lsp.server
                .getTextDocumentService()
                .references(
                    new ReferenceParams(doc(), new Position(0, 8), new ReferenceContext(false))));
    assertTrue(refs.size() > 20, "references of MMU: " + refs.size());
  }

  @Test
  @Order(6)
  void kconfigFilesHaveSymbolsHoverAndSourceDefinitions() {
    Path kconfig = Corpus.linux().resolve("arch/arm/Kconfig").toAbsolutePath();
    String text;
    try {
      text = java.nio.file.Files.readString(kconfig, java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    lsp.open(kconfig, text);
    TextDocumentIdentifier id = new TextDocumentIdentifier(LspConnection.uri(kconfig));
    List<DocumentSymbol> symbols =
        LspConnection.await(
                lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)))
            .stream()
            .map(e -> e.getRight())
            .toList();
    assertTrue(symbols.stream().anyMatch(s -> s.getName().equals("ARM")), symbols.toString());
    assertTrue(
        symbols.stream()
            .anyMatch(s -> s.getName().equals("System Type") && !s.getChildren().isEmpty()),
        "menus hold their entries");
    int highmem = lineOf(text, "config HIGHMEM");
    Hover h =
        LspConnection.await(
            lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(id, new Position(highmem, 9))));
    assertTrue(h.getContents().getRight().getValue().contains("Symbol: HIGHMEM"));
    int source = lineOf(text, "source \"arch/arm/mm/Kconfig\"");
    List<? extends Location> sourced =
        LspConnection.await(
                lsp.server
                    .getTextDocumentService()
                    .definition(new DefinitionParams(id, new Position(source, 3))))
            .getLeft();
    assertEquals(1, sourced.size());
    assertTrue(sourced.get(0).getUri().endsWith("/arch/arm/mm/Kconfig"));
  }

  /**
   * The founding hazard on the 6.1 tree with a board: ARM11MPCore's RealView PB11MP, whose device
   * tree the workspace names. The kernel mitigates it (an info finding, backed by the model); the
   * fix it offers, proven by re-resolution, and a waiver are code actions; the project's .kclint
   * raises the rule to a warning; the waiver, applied as an edit, silences it.
   */
  @Test
  @Order(7)
  void aHazardOnABoardOffersItsFixAndAWaiverAsCodeActions(@TempDir Path ws) throws Exception {
    Path linux = Corpus.linux().toAbsolutePath();
    Map<String, Object> options = armSettings();
    options.put("board", linux.resolve("arch/arm/boot/dts/arm-realview-pb11mp.dts").toString());
    options.put(
        "include",
        List.of(
            linux.resolve("include").toString(),
            linux.resolve("arch/arm/boot/dts").toString(),
            linux.resolve("scripts/dtc/include-prefixes").toString()));
    String rule = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
    java.nio.file.Files.writeString(ws.resolve(".kclint"), "severity " + rule + "=warning\n");
    Path defconfig = ws.resolve("pb11mp_defconfig");
    String text =
        String.join(
            "\n",
            "# CONFIG_ARCH_MULTI_V7 is not set",
            "CONFIG_ARCH_MULTI_V6=y",
            "CONFIG_ARCH_REALVIEW=y",
            "CONFIG_MACH_REALVIEW_PB11MP=y",
            "CONFIG_SMP=y",
            "CONFIG_HIGHMEM=y",
            "");
    try (LspConnection board = new LspConnection()) {
      board.initialize(ws, options);
      board.open(defconfig, text);
      String uri = LspConnection.uri(defconfig);
      PublishDiagnosticsParams p = board.awaitDiagnostics(uri, x -> true);
      Diagnostic hazard =
          p.getDiagnostics().stream()
              .filter(d -> d.getCode().getLeft().equals(rule))
              .findFirst()
              .orElseThrow(() -> new AssertionError(p.toString()));
      assertEquals(5, hazard.getRange().getStart().getLine());
      assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Warning, hazard.getSeverity());
      assertTrue(
          hazard.getMessage().getLeft().contains("mitigated in this kernel"),
          hazard.getMessage().getLeft());
      assertEquals(
          4, hazard.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
      assertTrue(hazard.getCodeDescription().getHref().endsWith("/docs/rules/" + rule + ".md"));
      // Diagnostics after a keystroke do not prove fixes (each proof re-resolves the config);
      // the code actions do.
      assertFalse(hazard.getMessage().getLeft().contains("\nfix: "), hazard.getMessage().getLeft());

      TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
      List<org.eclipse.lsp4j.CodeAction> actions =
          LspConnection.await(
                  board
                      .server
                      .getTextDocumentService()
                      .codeAction(
                          new org.eclipse.lsp4j.CodeActionParams(
                              id,
                              new Range(new Position(5, 0), new Position(5, 0)),
                              new org.eclipse.lsp4j.CodeActionContext(List.of(hazard)))))
              .stream()
              .map(e -> e.getRight())
              .toList();
      org.eclipse.lsp4j.CodeAction fix =
          actions.stream()
              .filter(a -> a.getTitle().startsWith("Build without high memory"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(actions.toString()));
      org.eclipse.lsp4j.TextEdit edit = fix.getEdit().getChanges().get(uri).get(0);
      assertEquals(5, edit.getRange().getStart().getLine());
      assertTrue(edit.getNewText().contains("HIGHMEM"), edit.getNewText());
      org.eclipse.lsp4j.CodeAction waiver =
          actions.stream()
              .filter(a -> a.getTitle().equals("Add waiver for " + rule))
              .findFirst()
              .orElseThrow(() -> new AssertionError(actions.toString()));
      org.eclipse.lsp4j.TextEdit insert = waiver.getEdit().getChanges().get(uri).get(0);
      assertEquals("# kclint: ignore " + rule + " <why>\n", insert.getNewText());

      board
          .server
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, 2),
                  List.of(
                      new TextDocumentContentChangeEvent(insert.getRange(), insert.getNewText()))));
      PublishDiagnosticsParams waived = board.awaitDiagnostics(uri, x -> x.getVersion() == 2);
      assertTrue(
          waived.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals(rule)),
          waived.toString());
      // Until the placeholder is replaced by a reason, the waiver says it gives none.
      assertTrue(
          waived.getDiagnostics().stream()
              .anyMatch(
                  d ->
                      d.getCode().getLeft().equals("waiver-without-reason")
                          && d.getRange().getStart().getLine() == 5),
          waived.toString());
      LspConnection.await(board.server.shutdown());
      board.server.exit();
      assertEquals(0, LspConnection.await(board.exitCode));
    }
  }

  private static int lineOf(String text, String prefix) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line " + prefix);
  }
}
