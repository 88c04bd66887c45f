package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file kclint reads, given as a FIFO (which would wait for a writer for ever) or as a link to
 * /dev/zero (which never ends), is refused at once: exit 3, one line naming the file. These inputs
 * cannot live in testdata/ as files, so they are made here.
 */
class SpecialFileInputsTest {
  private static final String TREE = "testdata/robust/tree";
  private static final String CONFIG = "testdata/config/mixed.config";

  @TempDir Path dir;

  /** Each way of reading a file: the command line, given the special file. */
  private static final List<Role> ROLES =
      List.of(
          new Role("config", f -> List.of("check", f)),
          new Role(
              "resolve-config",
              f -> List.of("resolve", "--kconfig", TREE, "--arch", "arm", "-o", "/dev/null", f)),
          new Role(
              "toolchain",
              f -> List.of("symbols", "--kconfig", TREE, "--arch", "arm", "--toolchain", f)),
          new Role("dts", f -> List.of("board", f)),
          new Role("facts", f -> List.of("board", "--facts", f)),
          new Role("settings", f -> List.of("check", "--settings", f, CONFIG)),
          new Role("baseline", f -> List.of("check", "--baseline", f, CONFIG)),
          new Role("trace", f -> List.of("replay", f)));

  private record Role(String name, Function<String, List<String>> command) {}

  @TestFactory
  Stream<DynamicTest> aFifoIsRefusedAtOnce() throws Exception {
    assumeTrue(mkfifo(dir.resolve("probe")), "mkfifo is not available");
    List<DynamicTest> tests = new ArrayList<>();
    for (Role role : ROLES) {
      tests.add(
          DynamicTest.dynamicTest(
              role.name(),
              () -> {
                Path fifo = dir.resolve(role.name() + ".fifo");
                assertTrue(mkfifo(fifo));
                refused(role.command().apply(fifo.toString()), fifo, "a FIFO");
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "scenario",
            () -> {
              Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
              Path fifo = scenarios.resolve("mine.scn");
              assertTrue(mkfifo(fifo));
              refused(
                  List.of("trace", "--scenarios", scenarios.toString(), "--scenario", "mine"),
                  fifo,
                  "a FIFO");
            }));
    tests.add(
        DynamicTest.dynamicTest(
            "kconfig",
            () -> {
              Path tree = Files.createDirectories(dir.resolve("tree"));
              Path fifo = tree.resolve("Kconfig");
              assertTrue(mkfifo(fifo));
              refused(
                  List.of("symbols", "--kconfig", tree.toString(), "--arch", "arm"), tree, null);
            }));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aLinkToDevZeroIsRefusedAtOnce() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Role role : ROLES) {
      tests.add(
          DynamicTest.dynamicTest(
              role.name(),
              () -> {
                Path link =
                    Files.createSymbolicLink(
                        dir.resolve(role.name() + ".zero"), Path.of("/dev/zero"));
                refused(role.command().apply(link.toString()), link, "a character device");
              }));
    }
    return tests.stream();
  }

  private static void refused(List<String> args, Path file, String kind) {
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> CliRun.of(args.toArray(String[]::new)));
    assertEquals(ExitCode.BAD_INPUT.code(), run.exit(), run.err());
    List<String> errors = run.err().lines().filter(l -> l.contains("error: ")).toList();
    assertEquals(1, errors.size(), run.err());
    String error = errors.get(0);
    assertTrue(!error.contains("internal error") && !error.contains("Exception"), error);
    assertTrue(error.contains(file.toString()), "the file is not named: " + error);
    if (kind != null) {
      assertTrue(error.contains(kind + ", not a regular file"), error);
    }
  }

  private static boolean mkfifo(Path path) throws IOException, InterruptedException {
    return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
  }
}
