package org.kclint.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.testing.TestTrees;

/**
 * A workspace whose Kconfig tree and arch only its {@code .kclint} names (a copy of
 * testdata/settings/bsp): the server reads the tree from there without initialization options,
 * reads the file again when the client reports it changed, and lets the options win over it, as
 * {@code check}'s command line does.
 */
@Timeout(120)
class ProjectSettingsLspTest {
  private static final Path BSP = Path.of("testdata/settings/bsp");

  /** A tree that has neither NET nor ETH. */
  private static final String OTHER_TREE = "linux/arch/arm";

  /** A copy of the BSP in {@code to}, and its config. */
  private static Path copy(Path to) {
    TestTrees.copy(BSP, to);
    return to.resolve("configs/eth.config");
  }

  /** Writes {@code text} as the workspace's .kclint and tells the server, as a client's watcher. */
  private static Path rewrite(LspConnection lsp, Path ws, String text) throws IOException {
    Path settings = Files.writeString(ws.resolve(".kclint"), text);
    lsp.server
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(new FileEvent(LspConnection.uri(settings), FileChangeType.Changed))));
    return settings;
  }

  /** Whether line {@code line} (0-based) has a diagnostic of {@code rule}. */
  private static boolean has(PublishDiagnosticsParams p, int line, String rule) {
    return p.getDiagnostics().stream()
        .anyMatch(
            d -> d.getRange().getStart().getLine() == line && rule.equals(d.getCode().getLeft()));
  }

  @Test
  void theTreeComesFromDotKclintAndIsReadAgainWhenItChanges(@TempDir Path ws) throws Exception {
    Path config = copy(ws);
    String uri = LspConnection.uri(config);
    try (LspConnection lsp = new LspConnection()) {
      lsp.initialize(ws, null);
      lsp.open(config, Files.readString(config));
      // The tree's finding, which no check without a tree makes.
      lsp.awaitDiagnostics(uri, p -> has(p, 1, "value-dropped"));

      rewrite(lsp, ws, "kconfig " + OTHER_TREE + "\narch arm\n");
      PublishDiagnosticsParams other = lsp.awaitDiagnostics(uri, p -> has(p, 1, "unknown-symbol"));
      assertTrue(has(other, 0, "unknown-symbol"), other.toString());

      Path settings = rewrite(lsp, ws, "kconfig " + OTHER_TREE + "\narch arm\nkernel 6.1\n");
      // A wrong .kclint is shown on the config, where it is written.
      PublishDiagnosticsParams wrong = lsp.awaitDiagnostics(uri, p -> has(p, 0, Workspace.INPUT));
      assertTrue(
          wrong.getDiagnostics().get(0).getMessage().getLeft().contains(settings + ":3:1"),
          wrong.toString());
    }
  }

  @Test
  void theInitializationOptionsWinOverDotKclint(@TempDir Path ws) throws Exception {
    Path config = copy(ws);
    try (LspConnection lsp = new LspConnection()) {
      // The options name the tree; the arch still comes from .kclint.
      lsp.initialize(ws, Map.of("kconfig", OTHER_TREE));
      lsp.open(config, Files.readString(config));
      lsp.awaitDiagnostics(
          LspConnection.uri(config),
          p -> has(p, 0, "unknown-symbol") && has(p, 1, "unknown-symbol"));
    }
  }

  /**
   * The founding example on its board: the kernel release of .kclint goes over the config's header
   * (2.6.35), as --kernel-version does: on 6.1 the deadlock is mitigated (no error), and without
   * the line the header's release makes it one.
   */
  @Test
  void theKernelReleaseComesFromDotKclint(@TempDir Path ws) throws Exception {
    Path example = Path.of("src/main/resources/examples/founding");
    Path config = ws.resolve("arm11mpcore-smp-highmem.config");
    Files.copy(example.resolve("arm11mpcore-smp-highmem.config"), config);
    Files.copy(example.resolve("arm11mpcore-board.dts"), ws.resolve("arm11mpcore-board.dts"));
    Files.writeString(ws.resolve(".kclint"), "board arm11mpcore-board.dts\nkernel-version 6.1.0\n");
    String uri = LspConnection.uri(config);
    String rule = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
    try (LspConnection lsp = new LspConnection()) {
      lsp.initialize(ws, null);
      lsp.open(config, Files.readString(config));
      lsp.awaitDiagnostics(uri, p -> !hasError(p, rule));
      rewrite(lsp, ws, "board arm11mpcore-board.dts\n");
      lsp.awaitDiagnostics(uri, p -> hasError(p, rule));
    }
  }

  private static boolean hasError(PublishDiagnosticsParams p, String rule) {
    return p.getDiagnostics().stream()
        .anyMatch(
            d -> d.getSeverity() == DiagnosticSeverity.Error && rule.equals(d.getCode().getLeft()));
  }
}
