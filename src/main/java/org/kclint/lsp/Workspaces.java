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
import org.kclint.diag.InputLimits;

/**
 * The workspace folders and what each reads: its settings, and its Kconfig tree, read once in the
 * background when a document first needs it and shared by every document with the same settings.
 */
final class Workspaces {
  private final List<Path> folders = new ArrayList<>();
  private final Map<WorkspaceSettings, CompletableFuture<Optional<LoadedTree>>> trees =
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

  /** The settings that govern {@code document}: its workspace folder's. */
  synchronized WorkspaceSettings settings(Path document) {
    Path doc = document.toAbsolutePath().normalize();
    Path base =
        folders.stream()
            .filter(doc::startsWith)
            .findFirst()
            .orElse(doc.getParent() == null ? doc : doc.getParent());
    return WorkspaceSettings.of(options, base);
  }

  /** The tree {@code settings} name, read once; empty when they name none. */
  CompletableFuture<Optional<LoadedTree>> tree(WorkspaceSettings settings) {
    if (settings.kconfig().isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return trees.computeIfAbsent(
        settings,
        s -> CompletableFuture.supplyAsync(() -> Optional.of(LoadedTree.read(s)), reader));
  }

  /** Forgets the trees read, so the next request reads them again (after a Kconfig file saved). */
  void reload() {
    trees.clear();
  }

  void shutdown() {
    reader.shutdownNow();
  }
}
