package org.kclint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (exec-maven-plugin, before asciidoctor turns them into roff): the AsciiDoc man
 * page of kclint and of each subcommand, rendered by picocli-codegen from the same command specs
 * {@code --help} prints, so the pages cannot drift from the help. Build-time only, hence a test
 * source: picocli-codegen is not shipped.
 */
public final class ManPageSources {
  private ManPageSources() {}

  /** Writes {@code kclint.adoc}, {@code kclint-check.adoc}, ... into the folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    write(Main.commandLine(), dir);
  }

  private static void write(CommandLine command, Path dir) throws IOException {
    CommandSpec spec = command.getCommandSpec();
    StringWriter page = new StringWriter();
    try (PrintWriter pw = new PrintWriter(page)) {
      ManPageGenerator.writeSingleManPage(pw, spec);
    }
    Files.writeString(
        dir.resolve(spec.qualifiedName("-") + ".adoc"), page.toString(), StandardCharsets.UTF_8);
    for (CommandLine sub : command.getSubcommands().values()) {
      if (!sub.getCommandSpec().name().equals("help")) {
        write(sub, dir);
      }
    }
  }
}
