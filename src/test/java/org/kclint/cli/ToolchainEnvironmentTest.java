package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.kconfig.parse.ToolchainProfile;
import org.kclint.testing.Corpus;

/**
 * A toolchain profile carries the variables it was recorded with (issue 15, item 5): the README's
 * resolve and check recipe, run in a fresh shell, gives what it gives with the reference
 * environment exported; an environment that says otherwise is one line; record writes the variables
 * the tree expanded.
 */
class ToolchainEnvironmentTest {
  private static final Path PROFILE =
      Path.of("testdata/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv");
  private static final String NOT_IN_PROFILE = "is not in the toolchain profile";
  @TempDir Path dir;

  /** The variables of ../shared/reference/README.md, which the corpus was made with. */
  private static Map<String, String> referenceEnvironment() throws IOException {
    String readme = Files.readString(Corpus.reference().resolve("README.md"));
    Map<String, String> env = new HashMap<>(fresh());
    // The indented block that lists them.
    Pattern assignment = Pattern.compile("([A-Z_]+)=(\"[^\"]*\"|\\S+)");
    for (String line : readme.lines().filter(l -> l.startsWith("    ")).toList()) {
      Matcher a = assignment.matcher(line);
      while (a.find()) {
        env.putIfAbsent(a.group(1), a.group(2).replace("\"", ""));
      }
    }
    assertEquals("arm-linux-gnueabihf-gcc", env.get("CC"));
    return env;
  }

  /** A fresh login shell's: no Kconfig variable set. */
  private static Map<String, String> fresh() {
    Map<String, String> env = new HashMap<>();
    for (String name : List.of("PATH", "HOME", "XDG_CACHE_HOME")) {
      if (System.getenv(name) != null) {
        env.put(name, System.getenv(name));
      }
    }
    return env;
  }

  /** The README's two commands, as written, with ../shared where the corpus is. */
  private static List<String[]> readmeRecipe(Path config) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block =
        Pattern.compile("In a fresh shell:\n\n```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README has no fresh-shell recipe");
    List<String[]> commands = new ArrayList<>();
    for (String line : block.group(1).replace("\\\n", " ").lines().toList()) {
      String[] words = line.trim().split("\\s+");
      assertEquals("bin/kclint", words[0], line);
      List<String> args = new ArrayList<>();
      for (String w : List.of(words).subList(1, words.length)) {
        args.add(
            w.equals(".config")
                ? config.toString()
                : w.replace("../shared", Corpus.root().toString()));
      }
      commands.add(args.toArray(String[]::new));
    }
    assertEquals(2, commands.size(), block.group(1));
    return commands;
  }

  /** The README's recipe under {@code env}: the resolved config's bytes, then check's output. */
  private record Outcome(byte[] config, String findings, String resolveErr, String checkErr) {}

  private Outcome recipe(Map<String, String> env, String... swap) throws Exception {
    Path config = dir.resolve(".config");
    Files.deleteIfExists(config);
    List<String[]> commands = readmeRecipe(config);
    List<CliRun> runs = new ArrayList<>();
    for (String[] args : commands) {
      for (int i = 0; i + 1 < swap.length; i += 2) {
        for (int a = 0; a < args.length; a++) {
          args[a] = args[a].equals(swap[i]) ? swap[i + 1] : args[a];
        }
      }
      CliRun r = CliRun.process(env, args);
      assertTrue(r.exit() <= 1, r.err());
      runs.add(r);
    }
    return new Outcome(
        Files.readAllBytes(config), runs.get(1).out(), runs.get(0).err(), runs.get(1).err());
  }

  @Test
  void theReadmeRecipeInAFreshShellGivesTheFindingsOfTheExportedEnvironment() throws Exception {
    Map<String, String> reference = referenceEnvironment();
    // The profile as the corpus holds it (no variables), with the reference environment exported:
    // how the recipe had to be run before.
    Outcome exported = recipe(reference, PROFILE.toString(), Corpus.armToolchain().toString());
    assertFalse(exported.checkErr().contains(NOT_IN_PROFILE), exported.checkErr());
    Outcome freshShell = recipe(fresh());
    assertFalse(freshShell.resolveErr().contains(NOT_IN_PROFILE), freshShell.resolveErr());
    assertFalse(freshShell.checkErr().contains(NOT_IN_PROFILE), freshShell.checkErr());
    assertArrayEquals(exported.config(), freshShell.config());
    assertEquals(exported.findings(), freshShell.findings());
    assertTrue(freshShell.findings().contains(" in 1 file\n"), freshShell.findings());
    // The corpus's own reference output for this defconfig, as conf wrote it.
    assertArrayEquals(
        gunzip(Corpus.reference().resolve("arm/defconfig/multi_v7_defconfig.out.gz")),
        freshShell.config());
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  @Test
  void anEnvironmentThatSaysOtherwiseIsOneLine() throws Exception {
    Map<String, String> other = fresh();
    other.put("CC", "gcc");
    other.put("LD", "ld");
    Outcome o = recipe(other);
    List<String> lines = o.checkErr().lines().toList();
    assertEquals(
        List.of(
            "kclint: note: toolchain profile "
                + PROFILE
                + ": using the variables it was recorded with, not the environment's CC=gcc, LD=ld"
                + " (--env NAME=VALUE overrides the profile)"),
        lines.stream().filter(l -> l.startsWith("kclint: note: toolchain")).toList());
    assertFalse(o.checkErr().contains(NOT_IN_PROFILE), o.checkErr());
    assertArrayEquals(
        gunzip(Corpus.reference().resolve("arm/defconfig/multi_v7_defconfig.out.gz")), o.config());
  }

  @Test
  void anEnvOptionThatContradictsTheProfileIsOneWarning() {
    CliRun r =
        CliRun.of(
            "symbols",
            "--kconfig",
            Corpus.linux().toString(),
            "--arch",
            "arm",
            "--toolchain",
            PROFILE.toString(),
            "--env",
            "CC_VERSION_TEXT=clang 17");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "kclint: warning: toolchain profile "
                    + PROFILE
                    + " was recorded with CC_VERSION_TEXT=arm-linux-gnueabihf-gcc (Debian 12.2.0-14)"
                    + " 12.2.0: under --env's values, the $(shell,...) results that name them are"
                    + " unknown\n"),
        r.err());
  }

  @Test
  void theShippedProfileIsTheCorpusProfileWithTheReferenceEnvironment() throws IOException {
    ToolchainProfile shipped = ToolchainProfile.read(PROFILE);
    ToolchainProfile corpus = ToolchainProfile.read(Corpus.armToolchain());
    assertEquals(corpus.results(), shipped.results());
    Map<String, String> reference = referenceEnvironment();
    shipped
        .environment()
        .forEach(
            (name, value) ->
                assertEquals(reference.getOrDefault(name, ""), value, name + " as recorded"));
    assertTrue(shipped.environment().keySet().containsAll(List.of("CC", "LD", "KERNELVERSION")));
  }

  @Test
  void recordWritesTheVariablesTheTreeExpanded() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.writeString(
        tree.resolve("Kconfig"),
        """
        mainmenu "Linux $(KERNELVERSION)"
        config CC_IS_GCC
        \tdef_bool $(shell,test "$(CC)" = gcc && echo y || echo n)
        config EXTRA
        \tstring
        \tdefault "$(UNSET_VARIABLE_OF_THIS_TEST)"
        """);
    Path out = dir.resolve("p.tsv");
    CliRun r =
        CliRun.of(
            "record",
            "--yes-run-shell",
            "--kconfig",
            tree.toString(),
            "--arch",
            "arm",
            "--env",
            "CC=gcc",
            "--env",
            "KERNELVERSION=6.1.192",
            "-o",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "env KERNELVERSION=6.1.192\n"
            + "env CC=gcc\n"
            + "env UNSET_VARIABLE_OF_THIS_TEST=\n"
            + "test \"gcc\" = gcc && echo y || echo n\ty\n",
        Files.readString(out));
    // Read back in a fresh shell, the profile answers every question: nothing to warn about.
    CliRun back =
        CliRun.process(
            fresh(),
            "symbols",
            "--kconfig",
            tree.toString(),
            "--arch",
            "arm",
            "--toolchain",
            out.toString(),
            "--no-cache");
    assertEquals("", back.err());
  }
}
