package org.kclint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kclint.diag.InputException;

/**
 * What every fuzz target asserts: reading arbitrary bytes either succeeds or ends in a positioned
 * {@link InputException}. Anything else escaping (a RuntimeException, StackOverflowError,
 * OutOfMemoryError) reaches Jazzer, which reports it as a finding; so does a position without a
 * file or with a line before the first.
 */
public final class FuzzChecks {
  private FuzzChecks() {}

  /** Runs {@code reading}; an InputException is an accepted outcome if it is well positioned. */
  public static void onlyInputErrors(Runnable reading) {
    try {
      reading.run();
    } catch (InputException expected) {
      if (expected.position().file().isEmpty() || expected.position().line() < 1) {
        throw new AssertionError("badly positioned diagnostic: " + expected.diagnostic(), expected);
      }
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new AssertionError(
            "diagnostic without a message at " + expected.position(), expected);
      }
    }
  }

  /**
   * Runs {@code target} once on each of its seed inputs (the {@code <Class>Inputs/<method>} folder
   * on the test class path), so that class loading and instrumentation happen before the fuzzer
   * starts timing inputs against its one-second limit.
   */
  public static void warmUp(Class<?> testClass, String method, Consumer<byte[]> target) {
    URL seeds = testClass.getResource(testClass.getSimpleName() + "Inputs/" + method);
    if (seeds == null || !"file".equals(seeds.getProtocol())) {
      return;
    }
    try (Stream<Path> inputs = Files.list(Path.of(seeds.toURI()))) {
      for (Path input : inputs.sorted().toList()) {
        try {
          target.accept(Files.readAllBytes(input));
        } catch (RuntimeException | Error finding) {
          // The regression run reports it with its name; warming up only loads classes.
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the seeds of " + testClass.getName(), e);
    }
  }

  /**
   * A file of the project (e.g. under testdata/), found from where the test classes are, since
   * fuzzing runs in a working folder of its own (.ci/fuzz).
   */
  public static Path projectFile(String relative) {
    try {
      Path testClasses =
          Path.of(FuzzChecks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent().getParent().resolve(relative);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh folder for one fuzzing JVM, removed when it exits. */
  public static Path scratchDirectory(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
