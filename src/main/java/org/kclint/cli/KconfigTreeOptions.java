package org.kclint.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.check.KconfigSource;
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
      defaultValue = "" + KconfigSource.SHELL_SECONDS,
      converter = PositiveSeconds.class,
      description =
          "With --allow-shell: stop a command still running after this many seconds, and fail (default: "
              + KconfigSource.SHELL_SECONDS
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

  /** The tree these options name; variables come from the environment, then --env. */
  KconfigSource source() {
    KconfigSource source =
        KconfigSource.of(kconfig, arch)
            .withEnv(env)
            .withShell(allowShell, shellTimeout)
            .withCache(
                noCache
                    ? Optional.empty()
                    : Optional.ofNullable(cacheDir).or(KconfigSource::defaultCache));
    return toolchain == null ? source : source.withToolchain(toolchain);
  }
}
