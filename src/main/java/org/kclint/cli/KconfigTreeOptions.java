package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.diag.InputLimits;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.cache.TreeCache;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.kconfig.parse.ToolchainProfile;
import picocli.CommandLine.Option;

/** The options that say which Kconfig tree to read and how; a mixin for every command. */
final class KconfigTreeOptions {
  @Option(
      names = "--kconfig",
      required = true,
      paramLabel = "DIR",
      description = "Kconfig tree root (holds the file Kconfig).")
  Path kconfig;

  @Option(
      names = "--arch",
      required = true,
      paramLabel = "ARCH",
      description = "Value of ARCH and SRCARCH.")
  String arch;

  @Option(
      names = "--toolchain",
      paramLabel = "FILE",
      description = "Recorded $(shell,...) results (command TAB output).")
  Path toolchain;

  @Option(
      names = "--env",
      paramLabel = "K=V",
      description = "Set a Kconfig variable (repeatable); overrides the environment.")
  Map<String, String> env = new HashMap<>();

  @Option(
      names = "--allow-shell",
      description = "Run $(shell,...) commands instead of looking them up.")
  boolean allowShell;

  @Option(
      names = "--shell-timeout",
      paramLabel = "SECONDS",
      defaultValue = "" + InputLimits.SHELL_SECONDS,
      converter = PositiveSeconds.class,
      description =
          "With --allow-shell: stop a command still running after this many seconds, and fail (default: "
              + InputLimits.SHELL_SECONDS
              + ").")
  Duration shellTimeout;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep the parsed tree in DIR (default: $XDG_CACHE_HOME/kclint, else ~/.cache/kclint); "
              + "it is used while every file, variable and profile line it was read from is "
              + "unchanged.")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Read the tree from its files; keep nothing.")
  boolean noCache;

  /** The variables Kconfig and conf read: the environment, then --env. */
  Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(env);
    return environment;
  }

  /**
   * Reads the tree, from the cache when it holds it; variables come from {@link #environment()},
   * warnings and {@code $(info,...)} go to {@code err}.
   */
  KconfigTree read(PrintWriter err) {
    return read(options().withWarnings(err::println), err);
  }

  /** Reads the tree as conf does: warnings to {@code err}, {@code $(info,...)} to {@code out}. */
  KconfigTree read(PrintWriter out, PrintWriter err) {
    KconfigOptions options =
        options()
            .withWarnings(
                w -> {
                  out.flush();
                  err.println(w);
                })
            .withInfo(
                i -> {
                  err.flush();
                  out.println(i);
                });
    return read(options, err);
  }

  private KconfigOptions options() {
    KconfigOptions options =
        KconfigOptions.of(kconfig, arch)
            .withEnvironment(environment())
            .withShell(allowShell)
            .withShellTimeout(shellTimeout);
    return toolchain == null ? options : options.withToolchain(ToolchainProfile.read(toolchain));
  }

  private KconfigTree read(KconfigOptions options, PrintWriter err) {
    Optional<Path> folder =
        noCache
            ? Optional.empty()
            : Optional.ofNullable(cacheDir).or(() -> TreeCache.defaultFolder(System.getenv()));
    if (folder.isEmpty()) {
      return KconfigReader.read(options);
    }
    return new TreeCache(folder.get(), Main.Version.build(), err::println).read(options);
  }
}
