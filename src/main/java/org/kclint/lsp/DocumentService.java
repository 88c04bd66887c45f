package org.kclint.lsp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document half of the protocol: keeps the open documents, schedules their diagnostics,
 * and routes each request to the Kconfig or the {@code .config} features by the file's name.
 */
final class DocumentService implements TextDocumentService {
  private final OpenDocuments documents = new OpenDocuments();
  private final ConfigFeatures config = new ConfigFeatures();
  private final Workspaces workspaces;
  private final DiagnosticScheduler scheduler;

  DocumentService(Workspaces workspaces, DiagnosticScheduler scheduler) {
    this.workspaces = workspaces;
    this.scheduler = scheduler;
  }

  private void check(OpenDocuments.Document doc, boolean immediately) {
    boolean kconfig = KconfigFeatures.isKconfig(doc.path());
    scheduler.schedule(
        doc.uri(),
        doc.version(),
        () -> {
          // The newest text at the time the check runs: a change that arrived during the
          // debounce is included, and its own check will find nothing newer to do.
          OpenDocuments.Document now = documents.get(doc.uri()).orElse(doc);
          Workspace workspace = workspaces.workspace(now.path()).join();
          return kconfig
              ? KconfigFeatures.diagnostics(now, workspace.tree())
              : config.diagnostics(now, workspace);
        },
        immediately);
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    check(documents.open(item.getUri(), item.getVersion(), item.getText()), true);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var id = params.getTextDocument();
    documents
        .change(id.getUri(), id.getVersion(), params.getContentChanges())
        .filter(d -> !KconfigFeatures.isKconfig(d.path()))
        .ifPresent(d -> check(d, false));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.close(uri);
    config.forget(uri);
    scheduler.clear(uri);
  }

  /** A saved Kconfig file changes the tree: read it again and check every open document. */
  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    Optional<OpenDocuments.Document> doc = documents.get(params.getTextDocument().getUri());
    if (doc.isPresent() && KconfigFeatures.isKconfig(doc.get().path())) {
      reload();
    }
  }

  /**
   * Opens every workspace's check core again (its tree, rules, board and {@code .kclint} may have
   * changed) and checks every open document.
   */
  void reload() {
    workspaces.reload();
    documents.all().forEach(d -> check(d, true));
  }

  /** Runs {@code feature} on the document's tree once it is read; null when there is none. */
  private <T> CompletableFuture<T> withTree(
      String uri, BiFunction<OpenDocuments.Document, LoadedTree, T> feature) {
    Optional<OpenDocuments.Document> doc = documents.get(uri);
    if (doc.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return workspaces
        .tree(doc.get().path())
        .thenApply(t -> t.map(tree -> feature.apply(doc.get(), tree)).orElse(null));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return withTree(
        params.getTextDocument().getUri(),
        (doc, tree) ->
            (KconfigFeatures.isKconfig(doc.path())
                    ? KconfigFeatures.hover(doc, params.getPosition(), tree)
                    : config.hover(doc, params.getPosition(), tree))
                .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return withTree(
        params.getTextDocument().getUri(),
        (doc, tree) ->
            KconfigFeatures.isKconfig(doc.path())
                ? null
                : Either.forRight(config.complete(doc, params.getPosition(), tree)));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return withTree(
        params.getTextDocument().getUri(),
        (doc, tree) ->
            Either.forLeft(
                KconfigFeatures.isKconfig(doc.path())
                    ? KconfigFeatures.definition(doc, params.getPosition(), tree)
                    : config.definition(doc, params.getPosition(), tree)));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return withTree(
        params.getTextDocument().getUri(),
        (doc, tree) -> config.references(doc, params.getPosition(), tree));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return withTree(
        params.getTextDocument().getUri(),
        (doc, tree) ->
            KconfigFeatures.symbols(doc, Optional.of(tree)).stream()
                .map(Either::<SymbolInformation, DocumentSymbol>forRight)
                .toList());
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    Optional<OpenDocuments.Document> doc = documents.get(params.getTextDocument().getUri());
    if (doc.isEmpty() || KconfigFeatures.isKconfig(doc.get().path())) {
      return CompletableFuture.completedFuture(List.of());
    }
    return workspaces
        .workspace(doc.get().path())
        .thenCompose(
            w -> scheduler.submit(() -> config.codeActions(doc.get(), params.getRange(), w)));
  }
}
