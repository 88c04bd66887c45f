package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kclint.testing.ConfExpectations;
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

  @Test
  void aTreeWithoutKconfigIsConfsCantFindFile() throws IOException {
    Path empty = Files.createTempDirectory("kclint-no-kconfig");
    assertEquals(new Outcome("", "can't find file Kconfig\n", 3), kclint(empty));
  }

  @Test
  void confSaysTheSameWithoutKconfig() throws IOException {
    KernelConf.assumeInstalled();
    Path empty = Files.createTempDirectory("kclint-no-kconfig");
    assertEquals(new Outcome("", "can't find file Kconfig\n", 1), conf(empty));
  }

  private static Stream<Path> cases() {
    return ConfExpectations.trees().stream();
  }

  private static Outcome expected(Path dir, boolean kclint) {
    ConfExpectations e = ConfExpectations.of(dir);
    return new Outcome(e.stdout(), e.stderr(), kclint ? e.kclintStatus() : e.confStatus());
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
