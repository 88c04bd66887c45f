package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.InputException;
import org.kclint.io.AtomicFiles;
import org.kclint.kconfig.KconfigTree;
import org.kclint.resolve.AllConfig;
import org.kclint.resolve.ConfExit;
import org.kclint.resolve.ConfMessage;
import org.kclint.resolve.RandomSettings;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import org.kclint.resolve.Resolver.Mode;
import org.kclint.resolve.ResolverPool;
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

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Mode mode = config.mode();
    boolean writes = mode != Mode.LISTNEWCONFIG && mode != Mode.HELPNEWCONFIG;
    if (writes && destination == null) {
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
    Map<String, String> environment = tree.source().environment();
    RandomSettings random = RandomSettings.fromEnvironment(environment, micros());
    if (mode == Mode.RANDCONFIG) {
      // conf prints the seed while it reads its options, before the Kconfig files.
      out.print(random.seedLine());
      out.flush();
    }
    KconfigTree read;
    try {
      read =
          tree.source()
              .read(
                  warning -> {
                    out.flush();
                    err.println(warning);
                  },
                  info -> {
                    err.flush();
                    out.println(info);
                  });
    } catch (InputException e) {
      // conf's own words where conf stops too; kclint's exit code for bad input.
      err.println(e.asTheToolPrintsIt());
      err.flush();
      return ExitCode.BAD_INPUT.code();
    }
    Resolver resolver = Resolver.of(read);
    resolver.treeWarnings().forEach(w -> err.print(w.printed()));
    if (!resolver.cycles().isEmpty()) {
      resolver.cycles().forEach(c -> err.print(c.printed()));
      err.flush();
      return 1;
    }
    if (!mode.readsConfig()) {
      Optional<DotConfig> allConfig;
      try {
        allConfig = AllConfig.read(mode, environment, Path.of(""), tree.kconfig);
      } catch (ConfExit e) {
        err.print(e.stderr());
        err.flush();
        return e.status();
      }
      return emit(resolver.resolve(allConfig, mode, random), mode, destination.output, out, err);
    }
    // Many inputs (a sweep of defconfigs) are resolved on all cores, printed and written in order.
    int[] status = {0};
    new ResolverPool(read, resolver, ResolverPool.cores())
        .forEach(
            config.inputs,
            (r, input) -> r.resolve(Optional.of(DotConfigReader.read(input)), mode, random),
            (input, resolution) -> {
              Path target =
                  destination == null
                      ? null
                      : destination.output != null
                          ? destination.output
                          : destination.outputDir.resolve(input.getFileName().toString());
              status[0] = Math.max(status[0], emit(resolution, mode, target, out, err));
            });
    return status[0];
  }

  /** Prints what conf prints and writes what it writes; returns its exit status. */
  private static int emit(
      Resolution resolution, Mode mode, Path target, PrintWriter out, PrintWriter err) {
    for (ConfMessage message : resolution.messages()) {
      err.print(message.printed());
    }
    err.flush();
    out.print(resolution.stdout());
    out.flush();
    if (resolution.exitStatus() != 0) {
      return resolution.exitStatus();
    }
    if (mode == Mode.SAVEDEFCONFIG) {
      AtomicFiles.write(target, DotConfigWriter.writeValues(resolution.output()));
    } else if (target != null) {
      AtomicFiles.write(target, DotConfigWriter.write(resolution.output()));
    }
    return ExitCode.OK.code();
  }

  private static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
  }
}
