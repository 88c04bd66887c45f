package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that reads a tree, a board, scenarios, rule packs or a kernel release (record: the
 * tree it runs) takes its defaults from the nearest {@code .kclint}, as {@code check} does: a BSP
 * in a temporary folder whose tree only its {@code .kclint} names; the command line wins setting by
 * setting; a wrong line is a positioned error, exit 3.
 */
class ProjectSettingsCommandsTest {
  @TempDir Path bsp;
  private Path settings;
  private Path eth;
  private Path net;

  @BeforeEach
  void bsp() throws IOException {
    write(
        "linux/Kconfig",
        "mainmenu \"A BSP\"\n"
            + "source \"arch/$(SRCARCH)/Kconfig\"\n"
            + "config NET\n\tbool \"Networking\"\n"
            + "config ETH\n\tbool \"Ethernet driver\"\n\tdepends on NET\n");
    write("linux/arch/arm/Kconfig", "config ARM\n\tdef_bool y\n");
    // Another tree, which has neither NET nor ETH: named on the command line, it wins.
    write("other/Kconfig", "source \"arch/$(SRCARCH)/Kconfig\"\nconfig OTHER\n\tdef_bool y\n");
    write("other/arch/arm/Kconfig", "config ARM\n\tdef_bool y\n");
    settings = write(".kclint", "kconfig linux\narch arm\n");
    eth = write("configs/eth.config", "# CONFIG_NET is not set\nCONFIG_ETH=y\n");
    net = write("configs/net.config", "CONFIG_NET=y\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = bsp.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static CliRun run(String... args) {
    CliRun r = CliRun.of(args);
    assertFalse(r.err().contains("Exception"), r.err());
    return r;
  }

  private void usesSettings(CliRun r) {
    assertTrue(r.err().contains("kclint: using settings from " + settings + "\n"), r.err());
  }

  @Test
  void resolveReadsTheTreeOfTheSettingsFile() throws IOException {
    Path out = bsp.resolve("out.config");
    CliRun r = run("resolve", eth.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    usesSettings(r);
    assertTrue(Files.readString(out).contains("# CONFIG_NET is not set\n"), Files.readString(out));
    CliRun other =
        run(
            "resolve",
            "--kconfig",
            bsp.resolve("other").toString(),
            eth.toString(),
            "-o",
            "" + out);
    assertEquals(ExitCode.OK.code(), other.exit(), other.err());
    assertTrue(Files.readString(out).contains("CONFIG_OTHER=y\n"), Files.readString(out));
    assertFalse(Files.readString(out).contains("NET"), Files.readString(out));
  }

  @Test
  void symbolsReadsTheTreeOfTheSettingsFile() {
    CliRun r = run("symbols", "--settings", settings.toString());
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    assertEquals("ARM\tbool\t0\nETH\tbool\t1\nNET\tbool\t1\n", r.out());
    CliRun other =
        run("symbols", "--settings", settings.toString(), "--kconfig", "" + bsp.resolve("other"));
    assertEquals("ARM\tbool\t0\nOTHER\tbool\t0\n", other.out(), other.err());
    CliRun none = run("symbols", "--no-settings");
    assertEquals(ExitCode.USAGE.code(), none.exit(), none.err());
    assertTrue(
        none.err().contains("no Kconfig tree: give --kconfig DIR and --arch ARCH"), none.err());
  }

  /** Without a file named, the one above the working directory governs a command without one. */
  @Test
  void symbolsFindsTheSettingsFileAboveTheWorkingDirectory()
      throws IOException, InterruptedException {
    CliRun r = CliRun.processIn(Files.createDirectories(bsp.resolve("configs")), "symbols");
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    usesSettings(r);
    assertEquals("ARM\tbool\t0\nETH\tbool\t1\nNET\tbool\t1\n", r.out());
  }

  @Test
  void diffGivesReasonsFromTheTreeOfTheSettingsFile() {
    String hidden = "+ETH y\n    its prompt is hidden: depends on NET [=n]\n";
    CliRun r = run("diff", net.toString(), eth.toString());
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    usesSettings(r);
    assertTrue(r.out().contains(hidden), r.out());
    CliRun other =
        run("diff", "--kconfig", "" + bsp.resolve("other"), net.toString(), eth.toString());
    assertFalse(other.out().contains("depends on NET"), other.out());
    assertEquals(" NET y -> n\n+ETH y\n", run("diff", "--no-settings", "" + net, "" + eth).out());
  }

  @Test
  void explainShowsASymbolOfTheTreeOfTheSettingsFile() {
    CliRun r = run("explain", "--config", eth.toString(), "ETH");
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    usesSettings(r);
    assertTrue(r.out().contains("Symbol: ETH [=n]\n"), r.out());
    CliRun other =
        run("explain", "--kconfig", "" + bsp.resolve("other"), "--config", "" + eth, "OTHER");
    assertTrue(other.out().contains("Symbol: OTHER [=y]\n"), other.out() + other.err());
  }

  @Test
  void fixChecksAgainstTheTreeOfTheSettingsFile() {
    String dropped = eth + ":2:1: not fixed: no fix offered [value-dropped]";
    CliRun r = run("fix", eth.toString());
    usesSettings(r);
    assertTrue(r.err().contains(dropped), r.err());
    CliRun other = run("fix", "--kconfig", "" + bsp.resolve("other"), eth.toString());
    assertFalse(other.err().contains("[value-dropped]"), other.err());
    assertFalse(run("fix", "--no-settings", eth.toString()).err().contains("[value-dropped]"));
  }

  @Test
  void recordRunsTheTreeOfTheSettingsFile() throws IOException {
    Path profile = bsp.resolve("tc.shell.tsv");
    String[] record = {
      "record", "--yes-run-shell", "-o", "" + profile, "--settings", "" + settings
    };
    CliRun r = run(record);
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    assertTrue(r.err().contains("kclint: recorded 0 $(shell,...) results"), r.err());
    assertTrue(Files.exists(profile));
    // The file's profile is what record writes, not what it reads.
    Files.writeString(settings, "kconfig linux\narch arm\ntoolchain tc.shell.tsv\n");
    assertEquals(ExitCode.OK.code(), run(record).exit());
    CliRun none = run("record", "--yes-run-shell", "-o", "" + profile, "--no-settings");
    assertEquals(ExitCode.USAGE.code(), none.exit(), none.err());
  }

  @Test
  void boardReadsTheFactsOfTheSettingsFile() throws IOException {
    write("board.facts", "nCpus = 4\n");
    Files.writeString(settings, "facts board.facts\n");
    CliRun r = run("board", "--settings", "" + settings);
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    assertTrue(r.out().contains("nCpus                     = 4\n"), r.out());
    assertEquals(ExitCode.USAGE.code(), run("board", "--no-settings").exit());
  }

  /** The founding example is a hazard on 2.6.35 and mitigated on 6.1 (mm/highmem.c). */
  @Test
  void checkAndTraceTakeTheKernelReleaseOfTheSettingsFile() throws IOException {
    Files.writeString(settings, "kernel-version 6.1.0\n");
    String rule = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
    for (List<String> command :
        List.of(List.of("check", "--settings", "" + settings), List.of("trace", rule))) {
      List<String> args = new ArrayList<>(command);
      if (command.get(0).equals("trace")) {
        args.addAll(List.of("--settings", "" + settings));
      }
      CliRun r = run(args.toArray(String[]::new));
      assertEquals(ExitCode.OK.code(), r.exit(), args + r.out() + r.err());
      args.addAll(List.of("--kernel-version", "2.6.35"));
      CliRun old = run(args.toArray(String[]::new));
      assertEquals(ExitCode.FINDINGS.code(), old.exit(), args + old.out() + old.err());
    }
  }

  @Test
  void scenariosComeFromTheSettingsFileToo() throws IOException {
    String shipped = Files.readString(Path.of("rules/scenarios/kmap-ipi-deadlock.scn"));
    write("scn/bsp-deadlock.scn", shipped.replace("kmap-ipi-deadlock", "bsp-deadlock"));
    Files.writeString(settings, "scenarios scn\n");
    CliRun listed = run("scenarios", "--settings", "" + settings);
    assertTrue(listed.out().contains("bsp-deadlock"), listed.out() + listed.err());
    CliRun traced =
        run("trace", "--settings", "" + settings, "--scenario", "bsp-deadlock", "-p", "cpus=2");
    assertEquals(ExitCode.FINDINGS.code(), traced.exit(), traced.out() + traced.err());
    assertEquals(ExitCode.USAGE.code(), run("scenarios", "--no-settings", "--sweep", "x").exit());
  }

  /** Each command reads the file: a wrong value in it is an input error at its place, exit 3. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "check CONFIG",
        "resolve CONFIG -o OUT",
        "symbols",
        "diff CONFIG CONFIG",
        "explain --config CONFIG ETH",
        "fix CONFIG",
        "trace smp-highmem-no-hw-tlb-bcast-kmap-deadlock CONFIG",
        "trace --scenario kmap-ipi-deadlock",
        "scenarios",
        "replay TRACE",
        "rules",
        "record --yes-run-shell -o OUT",
        "board"
      })
  void aWrongSettingIsAPositionedInputErrorForEveryCommand(String command) throws IOException {
    Files.writeString(settings, "kconfig linux\narch Arm\nkernel-version 6.1.0\n");
    Path trace = write("h01.trace", "");
    List<String> args = new ArrayList<>();
    for (String word : command.split(" ")) {
      args.add(
          switch (word) {
            case "CONFIG" -> eth.toString();
            case "OUT" -> bsp.resolve("out.config").toString();
            case "TRACE" -> trace.toString();
            default -> word;
          });
    }
    if (!command.contains("CONFIG") && !command.contains("TRACE")) {
      args.addAll(List.of("--settings", settings.toString()));
    }
    CliRun r = run(args.toArray(String[]::new));
    assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), r.out() + r.err());
    assertTrue(
        r.err().startsWith(settings + ":2:6: error: 'arch' takes a kernel architecture"), r.err());
  }

  @Test
  void aWrongKernelReleaseIsAPositionedInputError() throws IOException {
    Files.writeString(settings, "# the BSP's release\nkernel-version six\n");
    CliRun r = run("fix", eth.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                settings
                    + ":2:16: error: 'kernel-version' takes a kernel release (6.1.192), got: six"),
        r.err());
  }
}
