package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's --help names every option it has and shows an example; --version, completion and
 * man pages work.
 */
class HelpTest {
  @TempDir Path dir;

  static Stream<String> commands() {
    return new CommandLine(new Main())
        .getSubcommands().keySet().stream().filter(n -> !n.equals("help"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpMentionsEveryOptionAndAnExample(String name) {
    CliRun run = CliRun.of(name, "--help");
    assertEquals(0, run.exit(), run.err());
    CommandLine command = new CommandLine(new Main()).getSubcommands().get(name);
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

  @Test
  void manPagesForEveryCommand() throws IOException {
    CliRun run = CliRun.of("man", "-d", dir.toString());
    assertEquals(0, run.exit(), run.err());
    List<String> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(pages.contains("kclint.adoc"), pages.toString());
    commands()
        .forEach(n -> assertTrue(pages.contains("kclint-" + n + ".adoc"), n + " in " + pages));
    assertTrue(Files.readString(dir.resolve("kclint-record.adoc")).contains("--yes-run-shell"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("rules", "--no-such-option");
    assertEquals(Main.EXIT_USAGE, run.exit());
  }
}
