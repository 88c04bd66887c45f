package org.kclint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kclint.io.ByteText;

/**
 * One run of the kclint command line, in-process or as a process: its exit code and what it
 * printed.
 */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString());
  }

  /**
   * A real kclint process, as CI runs it, in the C locale; what it printed is read as {@link
   * ByteText}, so a byte that is not UTF-8 shows as the character that stands for it.
   */
  static CliRun process(String... args) throws IOException, InterruptedException {
    return process(System.getenv(), args);
  }

  /** A real kclint process with exactly {@code environment} (and the C locale). */
  static CliRun process(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return process(List.of(), environment, args);
  }

  /** A real kclint process whose JVM also gets {@code jvmOptions} (e.g. a small heap). */
  static CliRun process(List<String> jvmOptions, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return process(Path.of("").toAbsolutePath(), jvmOptions, environment, args);
  }

  /** A real kclint process run in the folder {@code directory}. */
  static CliRun processIn(Path directory, String... args) throws IOException, InterruptedException {
    return process(directory, List.of(), System.getenv(), args);
  }

  private static CliRun process(
      Path directory, List<String> jvmOptions, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process p = builder.start();
    // Both pipes drain at once: a process that fills one while we wait on the other would hang.
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    String out = ByteText.decode(p.getInputStream().readAllBytes());
    return new CliRun(p.waitFor(), out, ByteText.decode(err.join()));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
