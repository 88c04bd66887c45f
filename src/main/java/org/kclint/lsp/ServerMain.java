package org.kclint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server on a pair of streams until the client says exit or goes away. */
public final class ServerMain {
  /** Held here: JUL keeps loggers weakly, and a collected one would lose its handler. */
  private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

  private ServerMain() {}

  /**
   * Serves the protocol on {@code in} and {@code out}; returns the exit code: 0 when the client
   * shut the server down first, 1 when it sent exit or disappeared without.
   */
  public static int serve(InputStream in, OutputStream out) {
    quietLogs();
    KclintLanguageServer server = new KclintLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    CompletableFuture<Integer> closed =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                listening.get();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (ExecutionException e) {
                // The connection broke: the client is gone, as at end of input.
              }
              return server.exitCode();
            });
    int code = (Integer) CompletableFuture.anyOf(server.exited(), closed).join();
    listening.cancel(true);
    return code;
  }

  static String version() {
    String v = ServerMain.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /**
   * LSP4J reports a malformed message or a request it cannot route on its logger, with a stack
   * trace; the server keeps answering, so one line on standard error is enough.
   */
  private static synchronized void quietLogs() {
    Logger lsp4j = LSP4J;
    lsp4j.setUseParentHandlers(false);
    if (lsp4j.getHandlers().length == 0) {
      ConsoleHandler handler = new ConsoleHandler();
      handler.setFormatter(new LogLine());
      lsp4j.addHandler(handler);
    }
  }
}
