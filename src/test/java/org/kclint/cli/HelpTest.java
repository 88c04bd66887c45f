package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's --help names every option it has and shows an example; --version, completion and
 * man pages work.
 */
class HelpTest {
  @TempDir Path dir;

  static Stream<String> commands() {
    return Main.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help"));
  }

  /**
   * picocli wraps at 80 columns; a line it had to break inside a word ({@code my.\nconfig}) or a
   * summary cut short no longer appears whole once the line breaks are undone.
   */
  @ParameterizedTest
  @MethodSource("commands")
  void helpWrapsOnWordBoundariesAndKeepsEveryTextWhole(String name) {
    CliRun run = CliRun.of(name, "--help");
    String help = run.out();
    help.lines().forEach(l -> assertTrue(l.length() <= 80, name + ": line over 80 columns: " + l));
    CommandSpec spec = Main.commandLine().getSubcommands().get(name).getCommandSpec();
    List<String> texts = new ArrayList<>();
    texts.addAll(List.of(spec.usageMessage().header()));
    texts.addAll(List.of(spec.usageMessage().description()));
    texts.addAll(List.of(spec.usageMessage().footer()));
    spec.options().forEach(o -> texts.addAll(List.of(o.description())));
    spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
    String flat = flat(help);
    for (String text : texts) {
      assertTrue(flat.contains(flat(text)), name + ": not whole in --help: " + text + "\n" + help);
    }
    assertTrue(
        spec.usageMessage().header().length == 1, name + " has no one-line header (its summary)");
    assertEquals(
        "Usage: kclint " + name,
        help.lines().filter(l -> l.startsWith("Usage:")).findFirst().orElseThrow().split(" \\[")[0],
        help);
    assertEquals(1, help.lines().filter(l -> l.startsWith("Usage:")).count());
    assertTrue(
        help.lines().anyMatch(l -> l.startsWith("Usage: kclint " + name + " [OPTIONS]")), help);
  }

  private static String flat(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The command list shows each command's whole one-line summary. */
  @Test
  void topLevelHelpSummarisesEveryCommandInFull() {
    String flat = flat(CliRun.of("--help").out());
    Main.commandLine()
        .getSubcommands()
        .forEach(
            (name, command) -> {
              String[] header = command.getCommandSpec().usageMessage().header();
              String summary =
                  header.length > 0
                      ? header[0]
                      : command.getCommandSpec().usageMessage().description()[0];
              assertTrue(flat.contains(name + " " + flat(summary)), name + ": " + flat);
            });
  }

  @Test
  void usageErrorsAreOneLineWithTheValidValues() {
    CliRun xml = CliRun.of("board", "--format", "xml");
    assertEquals(ExitCode.USAGE.code(), xml.exit());
    assertEquals(
        "kclint board: error: --format: 'xml' is not one of text or tsv (see 'kclint board"
            + " --help')\n",
        xml.err());
    CliRun typo = CliRun.of("check", "--bogus");
    assertEquals(ExitCode.USAGE.code(), typo.exit());
    assertEquals(1, typo.err().lines().count(), typo.err());
    assertTrue(
        typo.err().startsWith("kclint check: error: unknown option '--bogus'; did you mean "),
        typo.err());
    assertTrue(typo.err().contains("--board"), typo.err());
    CliRun missing = CliRun.of("check", "--kconfig", "linux");
    assertEquals(ExitCode.USAGE.code(), missing.exit());
    assertEquals(
        "kclint check: error: --kconfig needs --arch ARCH (or an arch line in .kclint) (see"
            + " 'kclint check --help')\n",
        missing.err());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpMentionsEveryOptionAndAnExample(String name) {
    CliRun run = CliRun.of(name, "--help");
    assertEquals(0, run.exit(), run.err());
    CommandLine command = Main.commandLine().getSubcommands().get(name);
    for (OptionSpec option : command.getCommandSpec().options()) {
      for (String n : option.names()) {
        assertTrue(
            run.out().contains(n), name + " --help does not mention " + n + ":\n" + run.out());
      }
    }
    assertTrue(run.out().contains("Example"), name + " --help has no example:\n" + run.out());
  }

  @Test
  void topLevelHelpListsEveryCommand() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exit());
    commands().forEach(n -> assertTrue(run.out().contains(n), n));
  }

  @Test
  void version() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("kclint "), run.out());
  }

  @Test
  void completionScriptCompletesSubcommandsAndOptions() {
    CliRun run = CliRun.of("completion");
    assertEquals(0, run.exit());
    assertTrue(
        run.out().contains("complete -F _complete_kclint"),
        run.out().lines().limit(5).toList().toString());
    assertTrue(run.out().contains("--yes-run-shell"));
  }

  /** The build turned every command's spec into a roff page, which {@code man} installs. */
  @Test
  void manPagesForEveryCommandInRoff() throws IOException {
    CliRun run = CliRun.of("man", "-d", dir.toString());
    assertEquals(0, run.exit(), run.err());
    List<String> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(pages.contains("kclint.1"), pages.toString());
    Main.commandLine()
        .getSubcommands()
        .forEach(
            (name, command) -> {
              if (name.equals("help")) {
                return;
              }
              String page = read(dir.resolve("kclint-" + name + ".1"));
              assertTrue(page.contains(".TH \"KCLINT\\-" + name.toUpperCase()), page);
              // roff escapes '-' and '\\'; undone, the summary and the first example read whole
              String text =
                  page.replace("\\-", "-")
                      .replace("\\(rs", "\\")
                      .replace("\\*(Aq", "'")
                      .replace("\\&", "");
              String header = command.getCommandSpec().usageMessage().header()[0];
              String example = command.getCommandSpec().usageMessage().footer()[0].strip();
              assertTrue(text.contains(header.replace("\\", "\\\\")), name + ": " + header);
              assertTrue(text.contains(example), name + ": no example " + example + "\n" + text);
            });
    assertTrue(read(dir.resolve("kclint-record.1")).contains("\\fB\\-\\-yes\\-run\\-shell\\fP"));
    assertEquals(pages.size() + " man pages", run.out().split(" to ")[0].substring(6));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("rules", "--xyzzy");
    assertEquals(ExitCode.USAGE.code(), run.exit());
    assertEquals(
        "kclint rules: error: unknown option '--xyzzy' (see 'kclint rules --help')\n", run.err());
  }
}
