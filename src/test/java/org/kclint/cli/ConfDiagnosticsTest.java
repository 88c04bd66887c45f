package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kclint.testing.KernelConf;

/**
 * conf's diagnostics about a Kconfig tree, byte for byte: each tree under
 * testdata/kconfig/diagnostics states at the top of its Kconfig what 6.1's {@code conf -s
 * --olddefconfig} prints on an empty .config ({@code # stdout | LINE}, {@code # stderr | LINE},
 * {@code # exit N}, with {@code , kclint 3} where conf stops reading the tree and kclint gives its
 * exit code for bad input). kclint resolve must print exactly that; where conf is built, conf must
 * too (so the expectations are conf's, not copies of kclint's output).
 */
class ConfDiagnosticsTest {
  private static final Path ROOT = Path.of("testdata/kconfig/diagnostics");

  /** What a run prints and returns. */
  record Outcome(String stdout, String stderr, int status) {}

  @TestFactory
  Stream<DynamicTest> kclintPrintsWhatConfPrints() {
    return cases()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> assertEquals(expected(dir, true), kclint(dir))));
  }

  @TestFactory
  Stream<DynamicTest> confPrintsTheExpectations() {
    return cases()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      KernelConf.assumeInstalled();
                      assertEquals(expected(dir, false), conf(dir));
                    }));
  }

  private static Stream<Path> cases() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expectations at the top of the case's Kconfig, for kclint or for conf. */
  private static Outcome expected(Path dir, boolean kclint) throws IOException {
    StringBuilder stdout = new StringBuilder();
    StringBuilder stderr = new StringBuilder();
    int status = -1;
    for (String line : Files.readAllLines(dir.resolve("Kconfig"), StandardCharsets.ISO_8859_1)) {
      if (line.startsWith("# stdout |")) {
        stdout.append(line.substring("# stdout |".length()).replaceFirst("^ ", "")).append('\n');
      } else if (line.startsWith("# stderr |")) {
        stderr.append(line.substring("# stderr |".length()).replaceFirst("^ ", "")).append('\n');
      } else if (line.startsWith("# exit ")) {
        String[] statuses = line.substring("# exit ".length()).split(", kclint ");
        status = Integer.parseInt(statuses[kclint && statuses.length > 1 ? 1 : 0]);
      }
    }
    return new Outcome(stdout.toString(), stderr.toString(), status);
  }

  private static Outcome kclint(Path dir) throws IOException {
    Path work = Files.createTempDirectory("kclint-diag");
    Path input = Files.createFile(work.resolve("input.config"));
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    String[] args = {
      "resolve",
      "--kconfig",
      dir.toString(),
      "--arch",
      "x86",
      input.toString(),
      "-o",
      work.resolve(".config").toString()
    };
    int status = Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
    return new Outcome(stdout.toString(), stderr.toString(), status);
  }

  private static Outcome conf(Path dir) {
    KernelConf.Run run =
        KernelConf.conf(
            List.of("-s", "--olddefconfig"),
            Path.of("Kconfig"),
            Map.of(".config", ""),
            Map.of("srctree", dir.toAbsolutePath().toString(), "KCONFIG_DEFCONFIG_LIST", ""),
            null);
    return new Outcome(run.stdout(), run.stderr(), run.status());
  }
}
