package org.kclint.bench;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The time from a {@code didChange} to the {@code publishDiagnostics} of that version, as an editor
 * sees it: {@code kclint lsp} in its own process (the jar), a config opened, then one line toggled
 * between two values, one edit at a time, each after the previous result arrived.
 *
 * <pre>
 * LspLatency JAR WORKSPACE CONFIG LINE TEXT_A TEXT_B EDITS OPTIONS_JSON
 * </pre>
 */
public final class LspLatency {
  private LspLatency() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path workspace = Path.of(args[1]).toAbsolutePath();
    Path config = Path.of(args[2]).toAbsolutePath();
    int line = Integer.parseInt(args[3]);
    String[] texts = {args[4], args[5]};
    int edits = Integer.parseInt(args[6]);
    Object options = new Gson().fromJson(args[7], Map.class);

    Process server =
        new ProcessBuilder("java", "-jar", jar.toString(), "lsp")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    LanguageClient client =
        new LanguageClient() {
          @Override
          public void telemetryEvent(Object object) {}

          @Override
          public void publishDiagnostics(PublishDiagnosticsParams p) {
            arrivals.add(System.nanoTime());
            published.add(p);
          }

          @Override
          public void showMessage(MessageParams m) {}

          @Override
          public CompletableFuture<MessageActionItem> showMessageRequest(
              ShowMessageRequestParams r) {
            return CompletableFuture.completedFuture(null);
          }

          @Override
          public void logMessage(MessageParams m) {}
        };
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
    launcher.startListening();
    LanguageServer lsp = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
    init.setInitializationOptions(options);
    lsp.initialize(init).get(60, TimeUnit.SECONDS);
    lsp.initialized(new InitializedParams());

    String uri = config.toUri().toString();
    String text = Files.readString(config, StandardCharsets.ISO_8859_1);
    long opened = System.nanoTime();
    lsp.getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(new TextDocumentItem(uri, "kconfig-config", 1, text)));
    PublishDiagnosticsParams first = await(published, 1);
    System.out.printf(
        "open -> first diagnostics (tree read, first check): %d ms, %d diagnostics%n",
        (System.nanoTime() - opened) / 1_000_000, first.getDiagnostics().size());

    String current = text.lines().skip(line).findFirst().orElseThrow();
    List<Long> millis = new ArrayList<>();
    List<Long> cpuMillis = new ArrayList<>();
    for (int i = 0; i < edits; i++) {
      int version = i + 2;
      String next = texts[i % 2];
      TextDocumentContentChangeEvent change =
          new TextDocumentContentChangeEvent(
              new Range(new Position(line, 0), new Position(line, current.length())), next);
      current = next;
      long cpuBefore = cpuMillis(server);
      long sent = System.nanoTime();
      lsp.getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
      PublishDiagnosticsParams p = await(published, version);
      long ms = (System.nanoTime() - sent) / 1_000_000;
      long cpu = cpuMillis(server) - cpuBefore;
      millis.add(ms);
      cpuMillis.add(cpu);
      System.out.printf(
          "edit %d (%s): %d ms, server CPU %d ms, %d diagnostics%n",
          i + 1, next, ms, cpu, p.getDiagnostics().size());
    }
    lsp.shutdown().get(30, TimeUnit.SECONDS);
    lsp.exit();
    server.waitFor(30, TimeUnit.SECONDS);
    // The JIT is still compiling during the first edits: the second half is the steady state.
    List<Long> lateMillis = sorted(millis.subList(millis.size() / 2, millis.size()));
    List<Long> lateCpu = sorted(cpuMillis.subList(cpuMillis.size() / 2, cpuMillis.size()));
    System.out.printf(
        "the last %d edits: wall median %d ms, server CPU median %d ms%n",
        lateMillis.size(), lateMillis.get(lateMillis.size() / 2), lateCpu.get(lateCpu.size() / 2));
    Collections.sort(millis);
    Collections.sort(cpuMillis);
    System.out.printf(
        "didChange -> publishDiagnostics over %d edits: median %d ms, p90 %d ms, max %d ms"
            + " (wall); server CPU (user + system, all its threads) median %d ms, max %d ms%n",
        millis.size(),
        millis.get(millis.size() / 2),
        millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.9) - 1)),
        millis.get(millis.size() - 1),
        cpuMillis.get(cpuMillis.size() / 2),
        cpuMillis.get(cpuMillis.size() - 1));
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }

  /**
   * The server process's CPU time so far (user + system, /proc/PID/stat in clock ticks of 10 ms):
   * on a shared machine the wall time measures the load as much as the server.
   */
  private static long cpuMillis(Process server) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + server.pid() + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  private static PublishDiagnosticsParams await(
      BlockingQueue<PublishDiagnosticsParams> queue, int version)
      throws InterruptedException, IOException {
    while (true) {
      PublishDiagnosticsParams p = queue.poll(300, TimeUnit.SECONDS);
      if (p == null) {
        throw new IOException("no diagnostics for version " + version);
      }
      if (p.getVersion() != null && p.getVersion() == version) {
        return p;
      }
    }
  }
}
