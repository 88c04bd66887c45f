package org.kclint.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.testing.Corpus;

/**
 * A real editor as the client: headless Neovim loads the snippet of editors/neovim, opens a config
 * under {@code kclint lsp} (this build's classes, in a process of its own) and writes down the
 * diagnostics it received. Skipped, with a message, where Neovim is not installed; .ci/run installs
 * it.
 */
@Timeout(300)
class NeovimEndToEndTest {
  private static Path nvim;

  @BeforeAll
  static void findNeovim() {
    Optional<Path> found =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(d -> Path.of(d, "nvim"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty()) {
      System.err.println(
          "SKIPPED NeovimEndToEndTest: nvim is not on PATH (apt-get install neovim)");
    }
    assumeTrue(found.isPresent(), "nvim is not on PATH (apt-get install neovim)");
    nvim = found.get();
  }

  /** The diagnostics Neovim holds for {@code file}: line, severity, code, message. */
  private static List<String[]> diagnostics(Path file, Map<String, Object> options, Path dir)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd =
        List.of(java, "-cp", System.getProperty("java.class.path"), "org.kclint.cli.Main", "lsp");
    Path out = dir.resolve("diagnostics.tsv");
    ProcessBuilder pb =
        new ProcessBuilder(
            nvim.toString(),
            "--headless",
            "--clean",
            "-u",
            "NONE",
            "-c",
            "luafile " + Path.of("testdata/lsp/nvim-diagnostics.lua").toAbsolutePath());
    Gson gson = new Gson();
    pb.environment()
        .put("KCLINT_NVIM_SNIPPET", Path.of("editors/neovim/lua").toAbsolutePath().toString());
    pb.environment().put("KCLINT_NVIM_CMD", gson.toJson(cmd));
    pb.environment().put("KCLINT_NVIM_OPTIONS", gson.toJson(options));
    pb.environment().put("KCLINT_NVIM_FILE", file.toString());
    pb.environment().put("KCLINT_NVIM_OUT", out.toString());
    pb.environment().put("KCLINT_NVIM_WAIT_MS", "150000");
    pb.directory(dir.toFile());
    pb.redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] log;
    try (InputStream in = p.getInputStream()) {
      log = in.readAllBytes();
    }
    boolean done = p.waitFor(200, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, "nvim did not finish");
    assertTrue(Files.exists(out), "nvim wrote nothing: " + new String(log, StandardCharsets.UTF_8));
    List<String> lines = Files.readAllLines(out);
    assertFalse(lines.contains("TIMEOUT"), "no diagnostics reached Neovim: " + lines);
    return lines.stream().map(l -> l.split("\t", 4)).toList();
  }

  @Test
  void aValueDroppedOnACorpusConfigReachesNeovim(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("multi_v7_defconfig");
    Files.copy(Corpus.linux().resolve("arch/arm/configs/multi_v7_defconfig"), config);
    List<String[]> got = diagnostics(config, LanguageServerCorpusTest.armSettings(), dir);
    assertTrue(
        got.stream()
            .anyMatch(
                d ->
                    d[0].equals("1070")
                        && d[2].equals("value-dropped")
                        && d[3].startsWith("CONFIG_QCOM_RPMH=y will be CONFIG_QCOM_RPMH=m")),
        describe(got));
  }

  /** The founding case: the bundled example on its own board, as a user would open it. */
  @Test
  void theFoundingDeadlockOfTheBundledExampleReachesNeovim(@TempDir Path dir) throws Exception {
    Path example = Path.of("src/main/resources/examples/founding");
    Path config = dir.resolve("arm11mpcore-smp-highmem.config");
    Files.copy(example.resolve("arm11mpcore-smp-highmem.config"), config);
    Files.copy(example.resolve("arm11mpcore-board.dts"), dir.resolve("arm11mpcore-board.dts"));
    List<String[]> got = diagnostics(config, Map.of("board", "arm11mpcore-board.dts"), dir);
    assertTrue(
        got.stream()
            .anyMatch(
                d ->
                    d[0].equals("21")
                        && d[1].equals("1")
                        && d[2].equals("smp-highmem-no-hw-tlb-bcast-kmap-deadlock")
                        && d[3].startsWith(
                            "SMP with HIGHMEM on cores without hardware TLB broadcast: kmap_high()"
                                + " can deadlock against the TLB-flush IPI")),
        describe(got));
  }

  private static String describe(List<String[]> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(String.join(" | ", d)).append('\n'));
    return out.toString();
  }
}
