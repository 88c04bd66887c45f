package org.kclint.kconfig.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * Answers {@code $(shell,CMD)}: from the toolchain profile, and by running the command only
 * when the user allowed it. A command the profile does not hold is reported once as a warning
 * and its result is unknown; it expands to {@link #UNKNOWN_EXPANSION}.
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
  private final Path srctree;
  private final String srctreeSpelling;
  private final Map<String, String> environment;
  private final Consumer<String> warnings;
  private final BiConsumer<String, String> runs;
  private final Set<String> reported = new HashSet<>();

  ShellResults(
      Optional<ToolchainProfile> profile,
      boolean allowShell,
      Path srctree,
      String srctreeSpelling,
      Map<String, String> environment,
      Consumer<String> warnings,
      BiConsumer<String, String> runs) {
    this.profile = profile;
    this.allowShell = allowShell;
    this.srctree = srctree;
    this.srctreeSpelling = srctreeSpelling;
    this.environment = environment;
    this.warnings = warnings;
    this.runs = runs;
  }

  Result run(String command, Position where) {
    if (allowShell) {
      String output = execute(command, where);
      runs.accept(command, output);
      return new Known(output);
    }
    Optional<String> recorded = profile.flatMap(p -> p.result(command));
    if (recorded.isEmpty() && !srctreeSpelling.equals(".")) {
      recorded = profile.flatMap(p -> p.result(command.replace(srctreeSpelling, ".")));
    }
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

  /** Runs the command as preprocess.c's do_shell does, with the tree root as working directory. */
  private String execute(String command, Position where) {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command);
    builder.directory(srctree.toFile());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(false);
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      byte[] output;
      try (InputStream in = process.getInputStream()) {
        output = in.readNBytes(MAX_OUTPUT);
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      process.waitFor();
      String text = new String(output, StandardCharsets.UTF_8);
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == '\n') {
        end--;
      }
      return text.substring(0, end).replace('\n', ' ');
    } catch (IOException e) {
      throw new InputException(where, "cannot run '" + command + "': " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(where, "interrupted while running '" + command + "'");
    }
  }
}
