package org.kclint.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The kernel's own conf, where bench/conf-baseline.sh has built it (/tmp/kclint-bench, or
 * KCLINT_BENCH_DIR): run in a scratch folder as make runs it. Tests that need it are skipped, with
 * a message, where it is not installed.
 */
public final class KernelConf {
  private KernelConf() {}

  /** What one conf run printed, wrote (null when it wrote nothing) and returned. */
  public record Run(int status, String stdout, String stderr, String written) {}

  public static Path benchDir() {
    String dir = System.getenv("KCLINT_BENCH_DIR");
    return Path.of(dir != null ? dir : "/tmp/kclint-bench");
  }

  public static Path conf() {
    return benchDir().resolve("build/scripts/kconfig/conf");
  }

  /** Skips the calling test unless conf is built. */
  public static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(conf()),
        "the kernel's conf is not built at "
            + conf()
            + " (bench/conf-baseline.sh prepare builds it): test skipped");
  }

  /** The environment conf-baseline.sh runs conf with for the arm tree. */
  public static Map<String, String> armEnvironment() {
    Run env =
        run(
            List.of("bash", Corpus.root().resolve("bench/conf-baseline.sh").toString(), "env"),
            Path.of("."),
            Map.of(),
            null);
    Map<String, String> vars = new HashMap<>();
    for (String line : env.stdout().split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        vars.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return vars;
  }

  /**
   * Runs {@code conf ARGS KCONFIG} in a fresh folder holding {@code files} (name to content), with
   * {@code environment} added to this process's; {@code written} names the file read back.
   */
  public static Run conf(
      List<String> args,
      Path kconfig,
      Map<String, String> files,
      Map<String, String> environment,
      String written) {
    try {
      Path dir = Files.createTempDirectory("kclint-conf");
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.ISO_8859_1);
      }
      List<String> command = new ArrayList<>();
      command.add(conf().toString());
      command.addAll(args);
      command.add(kconfig.toString());
      return run(command, dir, environment, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Run run(
      List<String> command, Path dir, Map<String, String> environment, String written) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      builder.environment().putAll(environment);
      Process p = builder.start();
      p.getOutputStream().close();
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int status = p.waitFor();
      Path file = written == null ? null : dir.resolve(written);
      String content =
          file != null && Files.exists(file)
              ? Files.readString(file, StandardCharsets.ISO_8859_1)
              : null;
      return new Run(status, out, new String(err.join(), StandardCharsets.ISO_8859_1), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
