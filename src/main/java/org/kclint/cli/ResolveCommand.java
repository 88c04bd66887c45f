package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kclint.config.DotConfigWriter;
import org.kclint.io.AtomicFiles;
import org.kclint.resolve.ConfMessage;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kclint resolve}: write the .config the kernel's conf would write for an input. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    header = "Resolve a config as the kernel's conf does, byte for byte.",
    description = {
      "Resolve IN.config against a Kconfig tree exactly as the kernel's 'conf --olddefconfig' "
          + "does (with --defconfig: 'conf --defconfig=IN.config') and write the result "
          + "atomically to -o. conf's warnings go to stderr as conf prints them."
    },
    footer = {
      "",
      "Example:",
      "  KERNELVERSION=6.1.192 kclint resolve --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv --defconfig \\",
      "      linux-6.1/arch/arm/configs/multi_v7_defconfig -o .config"
    })
final class ResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KconfigTreeOptions tree;

  @Mixin ConfigInputOptions config;

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

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (destination.output != null && config.inputs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "-o takes one input; use --output-dir");
    }
    Resolver resolver = Resolver.of(tree.read(err));
    for (Path input : config.inputs) {
      Resolution resolution = config.resolve(resolver, input, false);
      printWarnings(err, resolution);
      Path target =
          destination.output != null
              ? destination.output
              : destination.outputDir.resolve(input.getFileName().toString());
      AtomicFiles.write(target, DotConfigWriter.write(resolution.output()));
    }
    return 0;
  }

  /** conf's warnings, as conf prints them on stderr. */
  private static void printWarnings(PrintWriter err, Resolution resolution) {
    for (ConfMessage message : resolution.messages()) {
      if (message.kind() == ConfMessage.Kind.UNKNOWN_SYMBOL) {
        continue;
      }
      err.println(
          message.position().map(p -> p.file() + ":" + p.line() + ":warning: ").orElse("\n")
              + message.text());
    }
    err.flush();
  }
}
