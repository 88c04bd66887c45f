package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.kconfig.parse.ToolchainProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kclint symbols}: what a Kconfig tree defines, in the reference's TSV shape. */
@Command(
    name = "symbols",
    mixinStandardHelpOptions = true,
    description = {
      "Parse a Kconfig tree and print every symbol it defines, sorted by name (byte order):",
      "NAME<TAB>TYPE<TAB>PROMPTED (1 if any definition has a prompt). With --files, print the",
      "Kconfig files read instead, relative to the tree root.",
      "$(shell,...) is never run unless --allow-shell is given; results come from --toolchain,",
      "and results it lacks are warnings on stderr."
    },
    footer = {
      "",
      "Example:",
      "  kclint symbols --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv --env CC=arm-linux-gnueabihf-gcc"
    })
final class SymbolsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--kconfig", required = true, paramLabel = "DIR", description = "Kconfig tree root (holds the file Kconfig).")
  Path kconfig;

  @Option(names = "--arch", required = true, paramLabel = "ARCH", description = "Value of ARCH and SRCARCH.")
  String arch;

  @Option(names = "--toolchain", paramLabel = "FILE", description = "Recorded $(shell,...) results (command TAB output).")
  Path toolchain;

  @Option(names = "--env", paramLabel = "K=V", description = "Set a Kconfig variable (repeatable); overrides the environment.")
  Map<String, String> env = new HashMap<>();

  @Option(names = "--allow-shell", description = "Run $(shell,...) commands instead of looking them up.")
  boolean allowShell;

  @Option(names = "--files", description = "Print the Kconfig files read instead of the symbols.")
  boolean files;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(env);
    KconfigOptions options =
        KconfigOptions.of(kconfig, arch)
            .withEnvironment(environment)
            .withShell(allowShell)
            .withWarnings(err::println);
    if (toolchain != null) {
      options = options.withToolchain(ToolchainProfile.read(toolchain));
    }
    KconfigTree tree = KconfigReader.read(options);
    StringBuilder out = new StringBuilder();
    if (files) {
      tree.files().stream().distinct().sorted().forEach(f -> out.append(f).append('\n'));
    } else {
      List<Symbol> symbols = tree.symbols().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
      for (Symbol symbol : symbols) {
        out.append(symbol.name())
            .append('\t')
            .append(symbol.type().keyword())
            .append('\t')
            .append(symbol.prompted() ? '1' : '0')
            .append('\n');
      }
    }
    PrintWriter writer = spec.commandLine().getOut();
    writer.print(out);
    writer.flush();
    return 0;
  }
}
