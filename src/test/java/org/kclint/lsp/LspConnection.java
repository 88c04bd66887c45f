package org.kclint.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A client connected to an in-process server through LSP4J's own launcher over piped streams: the
 * JSON-RPC wire format both ways, as an editor would speak it.
 */
final class LspConnection implements AutoCloseable {
  /** Everything the server published, in order. */
  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

  final LanguageServer server;
  final CompletableFuture<Integer> exitCode;
  final PipedOutputStream toServer;
  private final PipedInputStream fromServer;

  LspConnection() {
    try {
      PipedInputStream serverIn = new PipedInputStream(1 << 20);
      toServer = new PipedOutputStream(serverIn);
      fromServer = new PipedInputStream(1 << 20);
      PipedOutputStream serverOut = new PipedOutputStream(fromServer);
      exitCode = CompletableFuture.supplyAsync(() -> ServerMain.serve(serverIn, serverOut));
      Launcher<LanguageServer> launcher =
          LSPLauncher.createClientLauncher(new Client(), fromServer, toServer);
      launcher.startListening();
      server = launcher.getRemoteProxy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code initialize} with the given options (as JSON) for the folder {@code root}. */
  InitializeResult initialize(Path root, Map<String, Object> options) {
    return initialize(List.of(root), options);
  }

  /** {@code initialize} with several workspace folders, each reading the options for itself. */
  InitializeResult initialize(List<Path> roots, Map<String, Object> options) {
    InitializeParams p = new InitializeParams();
    p.setWorkspaceFolders(
        roots.stream()
            .map(r -> new WorkspaceFolder(r.toUri().toString(), r.getFileName().toString()))
            .toList());
    JsonElement json = new Gson().toJsonTree(options);
    p.setInitializationOptions(json);
    InitializeResult r = await(server.initialize(p));
    server.initialized(new InitializedParams());
    return r;
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  void open(Path file, String text) {
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "kconfig", 1, text)));
  }

  /** The next publication for {@code uri} that satisfies {@code wanted}, within a minute. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
      if (p != null && p.getUri().equals(uri) && wanted.test(p)) {
        return p;
      }
    }
    throw new AssertionError("no diagnostics for " + uri + " as wanted");
  }

  static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new CompletionException(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer from the server", e);
    }
  }

  @Override
  public void close() throws IOException {
    toServer.close();
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
