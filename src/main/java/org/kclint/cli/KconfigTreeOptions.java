package org.kclint.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.check.KconfigSource;
import org.kclint.check.ProjectInputs;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say which Kconfig tree to read and how; a mixin (or an optional group) for every
 * command that reads a tree. Each is optional on its own: the {@code .kclint} may name the tree.
 */
final class KconfigTreeOptions {
  @Option(
      names = "--kconfig",
      paramLabel = "DIR",
      description =
          "Kconfig tree root (holds the file Kconfig); default: the settings file's kconfig.")
  Path kconfig;

  @Option(
      names = "--arch",
      paramLabel = "ARCH",
      description = "Value of ARCH and SRCARCH; default: the settings file's arch.")
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

  /**
   * The tree {@code given} (the command line's tree options, if any was given) names over the
   * settings file's, setting by setting: the command line's root, arch and profile win, its
   * variables go over the file's (and both over the environment). Empty when neither names a root.
   *
   * @throws ParameterException when a tree option is given but no root (from either), or a root but
   *     no arch
   */
  static Optional<KconfigSource> source(
      CommandLine cli, Optional<KconfigTreeOptions> given, ProjectInputs file) {
    ProjectInputs asked =
        given.map(KconfigTreeOptions::inputs).orElse(ProjectInputs.NONE).over(file);
    if (asked.kconfig().isEmpty() && given.isEmpty()) {
      return Optional.empty();
    }
    KconfigSource source = root(cli, asked);
    source =
        given.isPresent()
            ? given.get().reading(source)
            : source.withCache(KconfigSource.defaultCache());
    return Optional.of(asked.toolchain().map(source::withToolchain).orElse(source));
  }

  /**
   * {@link #source(CommandLine, Optional, ProjectInputs)} for a command that cannot do without a
   * tree.
   */
  KconfigSource required(CommandLine cli, ProjectInputs file) {
    return source(cli, Optional.of(this), file).orElseThrow();
  }

  /**
   * The tree root and arch {@code asked} names, with its variables: no profile, no shell, no cache.
   *
   * @throws ParameterException when it names no root, or a root but no arch
   */
  static KconfigSource root(CommandLine cli, ProjectInputs asked) {
    if (asked.kconfig().isEmpty()) {
      throw noTree(cli);
    }
    if (asked.arch().isEmpty()) {
      throw new ParameterException(cli, "--kconfig needs --arch ARCH (or an arch line in .kclint)");
    }
    return KconfigSource.of(asked.kconfig().get(), asked.arch()).withEnv(asked.env());
  }

  private static ParameterException noTree(CommandLine cli) {
    return new ParameterException(
        cli, "no Kconfig tree: give --kconfig DIR and --arch ARCH, or kconfig and arch in .kclint");
  }

  /** What these options name, as settings of the same kind as a settings file's. */
  private ProjectInputs inputs() {
    return ProjectInputs.ofTree(
        Optional.ofNullable(kconfig),
        arch == null ? "" : arch,
        Optional.ofNullable(toolchain),
        env);
  }

  /** {@code tree} read as these options say: with or without shell, through which cache. */
  private KconfigSource reading(KconfigSource tree) {
    return tree.withShell(allowShell, shellTimeout)
        .withCache(
            noCache
                ? Optional.empty()
                : Optional.ofNullable(cacheDir).or(KconfigSource::defaultCache));
  }
}
