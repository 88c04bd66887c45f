package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.ConfJob;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kclint resolve}: what the kernel's conf writes and prints for an input, in each mode. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    header = "Resolve a config as the kernel's conf does, byte for byte.",
    description = {
      "Resolve IN.config against a Kconfig tree exactly as the kernel's 'conf --olddefconfig' "
          + "does (with --mode NAME: 'conf --NAME') and write the result atomically to -o. "
          + "conf's warnings go to stderr and what it prints on stdout (randconfig's seed, "
          + "listnewconfig, helpnewconfig) to stdout, byte for byte, and the exit status is conf's."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  KERNELVERSION=6.1.192 kclint resolve --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv --defconfig \\",
      "      linux-6.1/arch/arm/configs/multi_v7_defconfig -o .config",
      "  KCONFIG_SEED=1 kclint resolve --kconfig linux-6.1 --arch arm \\",
      "      --mode randconfig -o .config",
      "  kclint resolve --kconfig linux-6.1 --arch arm --mode savedefconfig \\",
      "      .config -o defconfig"
    })
final class ResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KconfigTreeOptions tree;

  @Mixin ConfigInputOptions config;

  @Mixin ProjectFileOptions project;

  /** Where results go: one file for one input, or a folder for many. */
  static final class Destination {
    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "OUT.config",
        description = "Where to write the resolved config (one input).")
    Path output;

    @Option(
        names = "--output-dir",
        required = true,
        paramLabel = "DIR",
        description = "Write each resolved config to DIR/<input file name> (many inputs).")
    Path outputDir;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Destination destination;

  @Option(
      names = "--verbose",
      description =
          "Also print conf's status messages on stdout, as conf does without -s: "
              + "'configuration written to OUT', or 'No change to OUT' (the file left untouched).")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    ConfJob.Mode mode = config.mode();
    if (mode.writesConfig() && destination == null) {
      throw new ParameterException(
          spec.commandLine(), "--mode " + mode.confName() + " writes a config: give -o");
    }
    if (mode.readsConfig() && config.inputs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--mode " + mode.confName() + " reads a config: give IN.config");
    }
    if (!mode.readsConfig() && !config.inputs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--mode " + mode.confName() + " reads no config (KCONFIG_ALLCONFIG names one)");
    }
    if (destination != null && destination.output != null && config.inputs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "-o takes one input; use --output-dir");
    }
    ConfJob.Outcome outcome =
        new ConfJob(
                tree.required(
                    spec.commandLine(),
                    project.settings(config.inputs.stream().findFirst()).inputs()),
                mode,
                config.inputs,
                Optional.ofNullable(destination).map(d -> d.output),
                Optional.ofNullable(destination).map(d -> d.outputDir),
                verbose)
            .run(out, err);
    return outcome.badInput() ? ExitCode.BAD_INPUT.code() : outcome.status();
  }
}
