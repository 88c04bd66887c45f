package org.kclint.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.KconfigQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kclint symbols}: what a Kconfig tree defines, in the reference's TSV shape. */
@Command(
    name = "symbols",
    mixinStandardHelpOptions = true,
    header = "Print every symbol a Kconfig tree defines, with its type.",
    description = {
      "Parse a Kconfig tree and print every symbol it defines, sorted by name (byte order): "
          + "NAME<TAB>TYPE<TAB>PROMPTED (1 if any definition has a prompt). With --files, print "
          + "the Kconfig files read instead, relative to the tree root.",
      "",
      "$(shell,...) is never run unless --allow-shell is given; results come from --toolchain, "
          + "and results it lacks are warnings on stderr."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  kclint symbols --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv \\",
      "      --env CC=arm-linux-gnueabihf-gcc"
    })
final class SymbolsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KconfigTreeOptions kconfigTree;

  @Mixin ProjectFileOptions project;

  @Option(names = "--files", description = "Print the Kconfig files read instead of the symbols.")
  boolean files;

  @Override
  public Integer call() {
    KconfigQueries tree =
        KconfigQueries.read(
            kconfigTree.required(spec.commandLine(), project.settings(Optional.empty()).inputs()),
            spec.commandLine().getErr()::println);
    PrintWriter writer = spec.commandLine().getOut();
    writer.print(files ? tree.files() : tree.symbols());
    writer.flush();
    return ExitCode.OK.code();
  }
}
