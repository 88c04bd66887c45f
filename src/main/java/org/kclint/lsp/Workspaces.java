package org.kclint.lsp;

import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kclint.check.ProjectSettings;
import org.kclint.diag.InputLimits;

/**
 * The workspace folders and what each reads: its settings, and its check core (the Kconfig tree,
 * rules and board), opened once in the background when a document first needs it and shared by
 * every document with the same settings.
 */
final class Workspaces {
  private final List<Path> folders = new ArrayList<>();
  private final Map<WorkspaceSettings, CompletableFuture<Workspace>> opened =
      new ConcurrentHashMap<>();
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(null, r, "kclint-lsp-tree", InputLimits.STACK_BYTES);
            t.setDaemon(true);
            return t;
          });
  private JsonElement options;

  /** The folders and the client's initialization options (relative paths are per folder). */
  synchronized void initialize(List<Path> roots, JsonElement initializationOptions) {
    folders.clear();
    roots.forEach(r -> folders.add(r.toAbsolutePath().normalize()));
    // The deepest folder wins for nested folders.
    folders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    options = initializationOptions;
  }

  /**
   * The settings that govern {@code document}: its workspace folder's, with the {@code .kclint}
   * found upward from it.
   */
  synchronized WorkspaceSettings settings(Path document) {
    Path doc = document.toAbsolutePath().normalize();
    Path base =
        folders.stream()
            .filter(doc::startsWith)
            .findFirst()
            .orElse(doc.getParent() == null ? doc : doc.getParent());
    return WorkspaceSettings.of(options, base, ProjectSettings.find(doc));
  }

  /** The check core {@code document}'s settings describe, opened once. */
  CompletableFuture<Workspace> workspace(Path document) {
    return opened.computeIfAbsent(
        settings(document), s -> CompletableFuture.supplyAsync(() -> Workspace.open(s), reader));
  }

  /** The tree {@code document}'s settings name, once read; empty when they name none. */
  CompletableFuture<Optional<LoadedTree>> tree(Path document) {
    return workspace(document).thenApply(Workspace::tree);
  }

  /**
   * Forgets what was opened, so the next request opens it again (after a Kconfig file or a {@code
   * .kclint} was saved).
   */
  void reload() {
    opened.clear();
  }

  void shutdown() {
    reader.shutdownNow();
  }
}
