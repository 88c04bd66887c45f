package org.kclint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kclint.io.AtomicFiles;
import org.kclint.io.ClasspathFolders;
import org.kclint.io.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kclint man}: installs the roff man pages the build generated from the command specs (see
 * the pom: picocli-codegen, then AsciidoctorJ's manpage backend) and shipped in the jar.
 */
@Command(
    name = "man",
    mixinStandardHelpOptions = true,
    header = "Write the man pages.",
    description = {
      "Write the man pages of kclint and of each of its commands, in roff, into DIR (a man1 "
          + "folder on your MANPATH, for instance): kclint.1, kclint-check.1 and so on."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint man -d ~/.local/share/man/man1 && man kclint-check",
      "  kclint man -d /tmp/kclint-man && man /tmp/kclint-man/kclint-check.1"
    })
final class ManCommand implements Callable<Integer> {
  /** Where the build puts the pages on the class path. */
  static final String FOLDER = "man";

  @Spec CommandSpec spec;

  @Option(
      names = {"-d", "--dir"},
      paramLabel = "DIR",
      defaultValue = "man",
      description = "Where to write the pages (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    Path shipped =
        ClasspathFolders.folder(FOLDER)
            .orElseThrow(
                () ->
                    new UncheckedIOException(
                        new IOException("this build has no man pages (built without them)")));
    List<Path> pages;
    try (Stream<Path> files = Files.list(shipped)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".1")).sorted().toList();
    }
    Files.createDirectories(dir);
    for (Path page : pages) {
      byte[] roff = InputFiles.read(page);
      AtomicFiles.write(dir.resolve(page.getFileName().toString()), out -> out.write(roff));
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + pages.size()
                + " man pages to "
                + dir
                + ": "
                + String.join(" ", pages.stream().map(p -> p.getFileName().toString()).toList()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
