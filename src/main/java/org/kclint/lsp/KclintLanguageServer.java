package org.kclint.lsp;

import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code kclint lsp}: the server's lifecycle and capabilities. Settings come with {@code
 * initialize}; each workspace's tree is read once, when a document first needs it.
 */
public final class KclintLanguageServer implements LanguageServer, LanguageClientAware {
  /** How long edits must pause before a {@code .config} is checked again. */
  static final long DEBOUNCE_MILLIS = 60;

  private final Workspaces workspaces = new Workspaces();
  private final DiagnosticScheduler scheduler;
  private final DocumentService documents;
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile boolean shutdown;

  public KclintLanguageServer() {
    scheduler =
        new DiagnosticScheduler(
            p -> {
              LanguageClient c = client;
              if (c != null) {
                c.publishDiagnostics(p);
              }
            },
            DEBOUNCE_MILLIS);
    documents = new DocumentService(workspaces, scheduler);
  }

  @Override
  public void connect(LanguageClient languageClient) {
    client = languageClient;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<Path> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder f : params.getWorkspaceFolders()) {
        roots.add(OpenDocuments.path(f.getUri()));
      }
    } else if (params.getRootUri() != null) {
      roots.add(OpenDocuments.path(params.getRootUri()));
    }
    Object options = params.getInitializationOptions();
    workspaces.initialize(roots, options instanceof JsonElement j ? j : null);

    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    caps.setCompletionProvider(new CompletionOptions(false, List.of("_", "=")));
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setDocumentSymbolProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(
        new InitializeResult(caps, new ServerInfo("kclint", ServerMain.version())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    scheduler.shutdown();
    workspaces.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  /** The exit code as the protocol sets it: 0 after {@code shutdown}, 1 without. */
  int exitCode() {
    return shutdown ? 0 : 1;
  }

  /** Completes with the exit code when the client sends {@code exit}. */
  CompletableFuture<Integer> exited() {
    return exited;
  }

  @Override
  public void exit() {
    scheduler.shutdown();
    workspaces.shutdown();
    exited.complete(exitCode());
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {}

      /** The clients watch Kconfig files and {@code .kclint} (editors/vscode asks for that). */
      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        documents.reload();
      }
    };
  }
}
