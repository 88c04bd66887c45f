package org.kclint.kconfig.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ByteText;

/**
 * Answers {@code $(shell,CMD)}: from the toolchain profile, and by running the command only when
 * the user allowed it. A command the profile does not hold is reported once as a warning and its
 * result is unknown; it expands to {@link #UNKNOWN_EXPANSION}.
 */
final class ShellResults {
  /** What an unknown result expands to: a word every context accepts, "false" to helpers. */
  static final String UNKNOWN_EXPANSION = "n";

  /** preprocess.c reads at most this much of a command's output. */
  private static final int MAX_OUTPUT = 4095;

  sealed interface Result {}

  record Known(String output) implements Result {}

  record Unknown() implements Result {}

  private final Optional<ToolchainProfile> profile;
  private final boolean allowShell;
  private final Duration timeout;
  private final Path srctree;
  private final String srctreeSpelling;
  private final Map<String, String> environment;
  private final Consumer<String> warnings;
  private final BiConsumer<String, String> runs;
  private final InputLog log;
  private final Set<String> reported = new HashSet<>();

  ShellResults(
      Optional<ToolchainProfile> profile,
      boolean allowShell,
      Duration timeout,
      Path srctree,
      String srctreeSpelling,
      Map<String, String> environment,
      Consumer<String> warnings,
      BiConsumer<String, String> runs,
      InputLog log) {
    this.profile = profile;
    this.allowShell = allowShell;
    this.timeout = timeout;
    this.srctree = srctree;
    this.srctreeSpelling = srctreeSpelling;
    this.environment = environment;
    this.warnings = warnings;
    this.runs = runs;
    this.log = log;
  }

  Result run(String command, Position where) {
    if (allowShell) {
      String output = execute(command, where);
      runs.accept(command, output);
      return new Known(output);
    }
    Optional<String> recorded = recorded(command);
    log.command(command, recorded);
    if (recorded.isPresent()) {
      return new Known(recorded.get());
    }
    if (reported.add(command)) {
      warnings.accept(
          where
              + ": warning: $(shell,"
              + command
              + ") is not in the toolchain profile: result unknown (expands to '"
              + UNKNOWN_EXPANSION
              + "')");
    }
    return new Unknown();
  }

  /**
   * The profile's output for {@code command}, looked up as recorded: with {@code .} for the tree
   * root where the command names it otherwise.
   */
  Optional<String> recorded(String command) {
    Optional<String> recorded = profile.flatMap(p -> p.result(command));
    if (recorded.isEmpty() && !srctreeSpelling.equals(".")) {
      recorded = profile.flatMap(p -> p.result(command.replace(srctreeSpelling, ".")));
    }
    return recorded;
  }

  /**
   * Runs the command as preprocess.c's do_shell does, with the tree root as working directory, its
   * output read as bytes; a command still running (or still holding its output open through a
   * child) after the time limit is killed with its children, and reading fails.
   */
  private String execute(String command, Position where) {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command);
    builder.directory(srctree.toFile());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(false);
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    long deadline = System.nanoTime() + timeout.toNanos();
    Process process;
    try {
      process = builder.start();
      // A command that reads its input gets end of file at once, as from a terminal-less make.
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new InputException(where, "cannot run '" + command + "': " + e.getMessage());
    }
    FutureTask<byte[]> output = new FutureTask<>(() -> readOutput(process.getInputStream()));
    Thread reader = new Thread(output, "shell-output");
    reader.setDaemon(true);
    reader.start();
    try {
      byte[] bytes = output.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      // pclose() waits for the command too, which may run on after closing its output.
      if (!process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        throw new TimeoutException();
      }
      return expansion(bytes);
    } catch (TimeoutException e) {
      kill(process);
      throw new InputException(
          where,
          "$(shell,"
              + command
              + ") did not finish within "
              + timeout.toSeconds()
              + " s: stopped (--shell-timeout)");
    } catch (ExecutionException e) {
      throw new InputException(
          where, "cannot read the output of '" + command + "': " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new InputException(where, "interrupted while running '" + command + "'");
    }
  }

  /**
   * Kills the shell and what it started. The shell goes first, so that it cannot run its next
   * command when a child dies; its children are taken before, as they leave its tree with it.
   */
  private static void kill(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
  }

  /** The first {@link #MAX_OUTPUT} bytes; the rest is read and dropped so the command can end. */
  private static byte[] readOutput(InputStream stream) throws IOException {
    try (InputStream in = stream) {
      byte[] output = in.readNBytes(MAX_OUTPUT);
      in.transferTo(OutputStream.nullOutputStream());
      return output;
    }
  }

  /** Trailing newlines dropped and the others made blanks, as do_shell does. */
  private static String expansion(byte[] output) {
    String text = ByteText.decode(output);
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end).replace('\n', ' ');
  }
}
