package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.KconfigQueries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kclint diff A B}: the kernel's scripts/diffconfig, line for line, and with a tree the
 * Kconfig reason for each symbol that changed.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Show what changed between two configs, as scripts/diffconfig does.",
    description = {
      "Print the symbols A sets and B does not (-SYM value), those whose value changed "
          + "( SYM old -> new) and those only B sets (+SYM value), each group sorted by name, "
          + "exactly as the kernel's scripts/diffconfig prints them ('# CONFIG_SYM is not set' "
          + "counts as n). With -m, B's value of each as a config line, as diffconfig -m.",
      "",
      "With --kconfig, each line is followed by the reason, from the tree, why the symbol has "
          + "the value conf gives it when it reads B: set by the config, selected by, hidden "
          + "behind a dependency, a default; with the values of the symbols involved."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint diff .config.old .config",
      "  kclint diff --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv old.config new.config"
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Optional as a whole: without a tree, exactly diffconfig. */
  @ArgGroup(exclusive = false, heading = "Kconfig tree (for the reasons):%n")
  KconfigTreeOptions tree;

  @Option(
      names = {"-m", "--merge"},
      description = "Print B's value of each changed or new symbol as a config line.")
  boolean merge;

  @Mixin ProjectFileOptions project;

  @Parameters(index = "0", paramLabel = "A", description = "The config before.")
  Path before;

  @Parameters(index = "1", paramLabel = "B", description = "The config after.")
  Path after;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        KconfigQueries.diff(
            before,
            after,
            merge,
            KconfigTreeOptions.source(
                spec.commandLine(),
                Optional.ofNullable(tree),
                project.settings(Optional.of(before)).inputs()),
            spec.commandLine().getErr()::println));
    out.flush();
    return ExitCode.OK.code();
  }
}
