package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.testing.Corpus;
import org.kclint.testing.KernelConf;

/**
 * {@code kclint diff} prints what the kernel's scripts/diffconfig prints, byte for byte (run here
 * where the kernel sources are unpacked, skipped with a message where they are not), and with a
 * tree the reason for each changed symbol.
 */
class DiffCommandTest {
  private static final Path DATA = Path.of("testdata/diff");

  static Stream<List<String>> pairs() {
    Path configs = Corpus.linux().resolve("arch/arm/configs");
    return Stream.of(
        List.of(
            DATA.resolve("quirks-a.config").toString(), DATA.resolve("quirks-b.config").toString()),
        List.of(DATA.resolve("before.config").toString(), DATA.resolve("after.config").toString()),
        List.of(
            configs.resolve("multi_v7_defconfig").toString(),
            configs.resolve("imx_v6_v7_defconfig").toString()),
        List.of(
            configs.resolve("versatile_defconfig").toString(),
            configs.resolve("multi_v5_defconfig").toString()));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void printsWhatTheKernelsDiffconfigPrints(List<String> pair) throws Exception {
    Path diffconfig = KernelConf.benchDir().resolve("linux-source-6.1/scripts/diffconfig");
    assumeTrue(
        Files.isRegularFile(diffconfig) && python(),
        "scripts/diffconfig or python3 missing (" + diffconfig + "): differential test skipped");
    for (List<String> flags : List.of(List.<String>of(), List.of("-m"))) {
      List<String> command = new ArrayList<>(List.of("python3", diffconfig.toString()));
      command.addAll(flags);
      command.addAll(pair);
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), expected);
      List<String> args = new ArrayList<>(List.of("diff"));
      args.addAll(flags);
      args.addAll(pair);
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, run.exit(), run.err());
      assertEquals(expected, run.out(), flags + " " + pair);
    }
  }

  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void withATreeEachLineSaysWhyTheSymbolHasItsNewValue() throws IOException {
    CliRun run =
        CliRun.of(
            "diff",
            "--kconfig",
            DATA.toString(),
            "--arch",
            "arm",
            DATA.resolve("before.config").toString(),
            DATA.resolve("after.config").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(Files.readString(DATA.resolve("diff-kconfig.golden")), run.out());
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun run = CliRun.of("diff", "no/such/a.config", DATA.resolve("after.config").toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
