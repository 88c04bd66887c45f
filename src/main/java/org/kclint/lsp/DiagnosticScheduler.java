package org.kclint.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.kclint.diag.InputLimits;

/**
 * Runs a document's checks after its edits settle and publishes the result, never one older than a
 * result already published: every request for a document takes a new generation, and a result is
 * published only while its generation is still the newest. Checks run one at a time (the resolver
 * serves one config at a time anyway), so a burst of edits costs one check.
 */
final class DiagnosticScheduler {
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(new Thread(r, "kclint-lsp-debounce")));
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> daemon(new Thread(null, r, "kclint-lsp-check", InputLimits.STACK_BYTES)));
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final Consumer<PublishDiagnosticsParams> publish;
  private final long debounceMillis;

  DiagnosticScheduler(Consumer<PublishDiagnosticsParams> publish, long debounceMillis) {
    this.publish = publish;
    this.debounceMillis = debounceMillis;
  }

  private static Thread daemon(Thread t) {
    t.setDaemon(true);
    return t;
  }

  /**
   * Schedules {@code check} for {@code uri} after the debounce delay; it is skipped if another
   * request for the document comes first. The diagnostics describe {@code version}.
   */
  void schedule(
      String uri, Integer version, Supplier<List<Diagnostic>> check, boolean immediately) {
    long generation = generations.computeIfAbsent(uri, u -> new AtomicLong()).incrementAndGet();
    Runnable run =
        () -> {
          if (!current(uri, generation)) {
            return;
          }
          publishIfCurrent(uri, version, generation, check.get());
        };
    timer.schedule(
        () -> worker.execute(run), immediately ? 0 : debounceMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code task} on the checks' thread, after the checks queued before it: the check core
   * serves one config at a time.
   */
  <T> CompletableFuture<T> submit(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, worker);
  }

  /** Whether {@code generation} is still the newest request for {@code uri}. */
  boolean current(String uri, long generation) {
    AtomicLong g = generations.get(uri);
    return g != null && g.get() == generation;
  }

  /** Publishes no diagnostics for a closed document, superseding any check still running. */
  void clear(String uri) {
    long generation = generations.computeIfAbsent(uri, u -> new AtomicLong()).incrementAndGet();
    publishIfCurrent(uri, null, generation, List.of());
  }

  private synchronized void publishIfCurrent(
      String uri, Integer version, long generation, List<Diagnostic> diagnostics) {
    if (current(uri, generation)) {
      publish.accept(new PublishDiagnosticsParams(uri, diagnostics, version));
    }
  }

  void shutdown() {
    timer.shutdownNow();
    worker.shutdownNow();
  }
}
