package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kclint.testing.KernelConf;

/**
 * The cases of the kernel's scripts/kconfig/tests (testdata/kconfig-tests, see its README), run
 * through kclint resolve with the assertions of the kernel's conftest.py, and, where it is built,
 * through the 6.1 conf itself with the same assertions (so each case is one 6.1 conf passes).
 */
class KernelKconfigTestsTest {
  private static final Path ROOT = Path.of("testdata/kconfig-tests");

  /** One line of a CASES file. */
  record Case(Path dir, String mode, String input, String status, List<String> assertions) {
    String name() {
      return ROOT.relativize(dir) + " " + mode + " " + input;
    }
  }

  /** What one run printed and wrote. */
  record Outcome(int status, String stdout, String stderr, String config) {}

  @TestFactory
  Stream<DynamicTest> kclintPassesTheKernelTests() {
    return cases().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, kclint(c))));
  }

  @TestFactory
  Stream<DynamicTest> confPassesTheSameCases() {
    return cases()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      KernelConf.assumeInstalled();
                      check(c, conf(c));
                    }));
  }

  static Stream<Case> cases() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<Case> cases = new ArrayList<>();
      for (Path file : files.filter(p -> p.endsWith("CASES")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.trim().split("\\s+");
          cases.add(new Case(file.getParent(), f[0], f[1], f[2], List.of(f).subList(3, f.length)));
        }
      }
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Outcome kclint(Case c) throws IOException {
    Path work = Files.createTempDirectory("kclint-ktest");
    Path out = work.resolve(".config");
    List<String> args =
        new ArrayList<>(
            List.of("resolve", "--kconfig", c.dir().toString(), "--arch", "x86", "--allow-shell"));
    args.addAll(List.of("--mode", c.mode()));
    if (!List.of("allnoconfig", "allyesconfig", "allmodconfig", "alldefconfig")
        .contains(c.mode())) {
      Path input = work.resolve("input.config");
      Files.write(
          input,
          c.input().equals("-") ? new byte[0] : Files.readAllBytes(c.dir().resolve(c.input())));
      args.add(input.toString());
    }
    args.addAll(List.of("-o", out.toString()));
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int status =
        Main.run(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr));
    String config = Files.exists(out) ? Files.readString(out) : null;
    return new Outcome(status, stdout.toString(), stderr.toString(), config);
  }

  private static Outcome conf(Case c) {
    String option = c.mode().equals("defconfig") ? "--defconfig=" + c.input() : "--" + c.mode();
    Map<String, String> files =
        c.input().equals("-") || c.mode().equals("defconfig")
            ? Map.of()
            : Map.of(".config", text(c.dir().resolve(c.input())));
    KernelConf.Run run =
        KernelConf.conf(
            List.of(option),
            Path.of("Kconfig"),
            files,
            Map.of("srctree", c.dir().toAbsolutePath().toString(), "KCONFIG_DEFCONFIG_LIST", ""),
            ".config");
    return new Outcome(run.status(), run.stdout(), run.stderr(), run.written());
  }

  private static void check(Case c, Outcome o) {
    if (c.status().equals("!0")) {
      assertNotEquals(0, o.status(), "exit status\n" + o.stderr());
    } else {
      assertEquals(Integer.parseInt(c.status()), o.status(), "exit status\n" + o.stderr());
    }
    for (String assertion : c.assertions()) {
      String[] a = assertion.split(":", 2);
      String expected = text(c.dir().resolve(a[1]));
      String actual =
          switch (a[0].substring(0, a[0].indexOf('-'))) {
            case "config" -> o.config();
            case "stdout" -> o.stdout();
            default -> o.stderr();
          };
      if (a[0].endsWith("-matches")) {
        assertEquals(expected, actual, assertion);
      } else {
        assertTrue(
            actual != null && actual.contains(expected),
            assertion + ": expected to contain\n" + expected + "\nbut was\n" + actual);
      }
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
