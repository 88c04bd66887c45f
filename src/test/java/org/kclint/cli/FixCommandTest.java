package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.kclint.testing.Corpus;

/**
 * kclint fix (issue 15, item 6) on the founding rule's positive case (testdata/rules): the offered
 * fix applied to a copy, the copy checked again, written atomically, the input never overwritten
 * unless --in-place; on the 6.1 corpus with a tree, a PSCI board's fix gives back the defconfig.
 */
class FixCommandTest {
  private static final String RULE = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
  private static final Path CASE = Path.of("testdata/rules", RULE);
  @TempDir Path dir;
  private Path config;
  private String original;

  @BeforeEach
  void copyTheCase() throws IOException {
    config = dir.resolve("board.config");
    // The case's EXPECT marker is a trailing comment that makes the value invalid to a reader.
    original = Files.readString(CASE.resolve("positive.config")).replaceAll("  # EXPECT.*", "");
    Files.writeString(config, original);
  }

  private CliRun fix(String... args) {
    List<String> all =
        new ArrayList<>(List.of("fix", "--facts", CASE.resolve("positive.facts").toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static CliRun check(Path config) {
    return CliRun.of(
        "check",
        "--color",
        "never",
        "--facts",
        CASE.resolve("positive.facts").toString(),
        config.toString());
  }

  @Test
  void appliesTheFixToACopyAndShowsTheFindingGone() throws IOException {
    assertTrue(check(config).out().contains("[" + RULE + "]"), "the case draws the finding");
    Path out = dir.resolve("fixed.config");
    CliRun r = fix(config.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        config
            + ":11:1: fixed: Build without high memory: CONFIG_HIGHMEM=n ["
            + RULE
            + "]\nkclint: wrote "
            + out
            + ": 1 fixes applied, the config checked again: their findings are gone\n",
        r.err());
    assertEquals(original, Files.readString(config), "the input is untouched");
    assertEquals(
        original.replace("CONFIG_HIGHMEM=y\n", "# CONFIG_HIGHMEM is not set\n"),
        Files.readString(out));
    assertFalse(check(out).out().contains("[" + RULE + "]"), check(out).out());
  }

  @Test
  void withoutOutputTheFixedConfigGoesToStdout() {
    CliRun r = fix(config.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("# CONFIG_HIGHMEM is not set\n"), r.out());
  }

  @Test
  void theInputIsWrittenOnlyInPlace() throws IOException {
    CliRun same = fix(config.toString(), "-o", config.toString());
    assertEquals(ExitCode.USAGE.code(), same.exit(), same.err());
    assertTrue(same.err().contains("use --in-place"), same.err());
    Path link = Files.createSymbolicLink(dir.resolve("link.config"), config);
    assertEquals(ExitCode.USAGE.code(), fix(config.toString(), "-o", link.toString()).exit());
    CliRun facts = fix(config.toString(), "-o", CASE.resolve("positive.facts").toString());
    assertEquals(ExitCode.USAGE.code(), facts.exit(), facts.err());
    assertTrue(facts.err().contains("is also an input of this run"), facts.err());
    assertEquals(original, Files.readString(config));
    CliRun inPlace = fix("--in-place", config.toString());
    assertEquals(0, inPlace.exit(), inPlace.err());
    assertTrue(Files.readString(config).contains("# CONFIG_HIGHMEM is not set\n"));
  }

  @Test
  void ruleChoosesWhatIsFixed() throws IOException {
    CliRun typo = fix("--rule", "smp-highmem-no-hw-tlb-bcast-kmap-deadlok", config.toString());
    assertEquals(ExitCode.USAGE.code(), typo.exit());
    assertTrue(typo.err().contains("did you mean " + RULE + "?"), typo.err());
    Path out = dir.resolve("same.config");
    CliRun other = fix("--rule", "up-kernel-on-smp-board", config.toString(), "-o", out.toString());
    assertEquals(0, other.exit(), other.err());
    assertEquals(original, Files.readString(out), "nothing of that rule to fix");
  }

  @Test
  void aFindingWithoutAFixIsSaidAndFails() {
    CliRun r =
        CliRun.of(
            "fix",
            "--kconfig",
            "testdata/resolve/basic",
            "--arch",
            "test",
            "--rule",
            "invalid-value",
            "testdata/resolve/basic/in.config");
    assertEquals(ExitCode.FINDINGS.code(), r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "testdata/resolve/basic/in.config:5:1: not fixed: no fix offered [invalid-value]"),
        r.err());
  }

  @Test
  void aSymbolTheConfigDoesNotMentionIsAddedAtTheEnd() throws IOException {
    Path psci = Path.of("testdata/rules/smp-psci-board-without-arm-psci");
    String text =
        Files.readString(psci.resolve("positive.config"))
            .replaceAll("# CONFIG_ARM_PSCI is not set.*\n", "");
    Path absent = Files.writeString(dir.resolve("absent.config"), text);
    CliRun r =
        CliRun.of("fix", "--facts", psci.resolve("positive.facts").toString(), absent.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(text + "CONFIG_ARM_PSCI=y\n", r.out());
    assertTrue(r.err().startsWith(absent + ":7:1: fixed: Start the CPUs through PSCI"), r.err());
  }

  /** With the 6.1 tree: the fix is re-resolved by conf's rules and gives back the defconfig. */
  @Test
  void aPsciBoardGetsArmPsciBackInTheDefconfig() throws IOException {
    Path defconfig = Corpus.linux().resolve("arch/arm/configs/vexpress_defconfig");
    Path broken = dir.resolve("vexpress_defconfig");
    Files.writeString(
        broken,
        Files.readString(defconfig)
            .replace("CONFIG_ARM_PSCI=y\n", "# CONFIG_ARM_PSCI is not set\n"));
    Path out = dir.resolve("fixed_defconfig");
    CliRun r =
        CliRun.of(
            "fix",
            "--kconfig",
            Corpus.linux().toString(),
            "--arch",
            "arm",
            "--toolchain",
            "testdata/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv",
            "--defconfig",
            "--facts",
            "testdata/rules/smp-psci-board-without-arm-psci/positive.facts",
            broken.toString(),
            "-o",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains(":22:1: fixed: Start the CPUs through PSCI: CONFIG_ARM_PSCI=y"), r.err());
    assertArrayEquals(Files.readAllBytes(defconfig), Files.readAllBytes(out));
  }
}
