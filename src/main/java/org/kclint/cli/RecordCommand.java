package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.BadRequest;
import org.kclint.check.KconfigSource;
import org.kclint.check.ProjectInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kclint record}: the one command that executes anything. It reads the Kconfig tree once
 * with {@code $(shell,…)} allowed and writes every command it ran with its result as a toolchain
 * profile (command TAB output), which every other command then reads with {@code --toolchain}.
 * Recorded as an in-tree run ({@code srctree=.}), as the profiles in the corpus are.
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    header = "Run a tree's $(shell,...) calls once and save them as a profile.",
    description = {
      "Run the $(shell,...) calls of a Kconfig tree once and write their results as a toolchain "
          + "profile. This RUNS the commands the Kconfig files name (compilers, scripts of the "
          + "tree) in the tree root, so it needs --yes-run-shell; no other kclint command runs "
          + "anything."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  kclint record --yes-run-shell --kconfig linux-6.1 --arch arm \\",
      "      --env CC=arm-linux-gnueabihf-gcc --env LD=arm-linux-gnueabihf-ld \\",
      "      -o gcc-12.shell.tsv",
      "  kclint check --kconfig linux-6.1 --arch arm --toolchain gcc-12.shell.tsv \\",
      "      .config"
    })
final class RecordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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
      names = "--env",
      paramLabel = "K=V",
      description =
          "Set a Kconfig variable such as CC or LD (repeatable); overrides the environment.")
  Map<String, String> env = new HashMap<>();

  @Option(
      names = "--shell-timeout",
      paramLabel = "SECONDS",
      defaultValue = "" + KconfigSource.SHELL_SECONDS,
      converter = PositiveSeconds.class,
      description =
          "Stop a command still running after this many seconds, and fail (default: "
              + KconfigSource.SHELL_SECONDS
              + ").")
  Duration shellTimeout;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The profile to write (atomically).")
  Path output;

  @Mixin ProjectFileOptions project;

  @Option(
      names = "--yes-run-shell",
      description = "Consent to running the tree's $(shell,...) commands.")
  boolean consent;

  @Override
  public Integer call() {
    // The settings file's tree and variables (not its profile: that is what record writes).
    KconfigSource tree =
        KconfigTreeOptions.root(
            spec.commandLine(),
            ProjectInputs.ofTree(
                    Optional.ofNullable(kconfig), arch == null ? "" : arch, Optional.empty(), env)
                .over(project.settings(Optional.empty()).inputs()));
    if (!consent) {
      throw new ParameterException(
          spec.commandLine(),
          "record runs the $(shell,...) commands of "
              + tree.root()
              + "; pass --yes-run-shell to allow it");
    }
    PrintWriter err = spec.commandLine().getErr();
    KconfigSource.Recording recorded;
    try {
      recorded = tree.withShell(true, shellTimeout).record(output, err::println);
    } catch (BadRequest e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    err.println(
        "kclint: recorded "
            + recorded.results()
            + " $(shell,...) results and "
            + recorded.variables().size()
            + " variables ("
            + String.join(", ", recorded.variables())
            + ") in "
            + output);
    err.flush();
    return ExitCode.OK.code();
  }
}
