package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kclint.diag.InputException;
import org.kclint.kconfig.KconfigTree;

/**
 * A malicious Kconfig tree (testdata/hermetic/kconfig) cannot make kclint run a command or read a
 * file outside the tree: not through {@code ..}, absolute paths, symbolic links, optional sources
 * or variables.
 */
class HermeticTest {
  private static final Path TREES = Path.of("testdata/hermetic/kconfig");

  @TempDir Path scratch;

  @Test
  void shellCommandsAreNotRunByDefault() {
    Path pwned = scratch.resolve("pwned");
    List<String> warnings = new ArrayList<>();
    KconfigTree tree =
        KconfigReader.read(
            KconfigOptions.of(TREES.resolve("shell"), "arm")
                .withEnvironment(ImmutableMap.of("PWNED_FILE", pwned.toString()))
                .withWarnings(warnings::add));
    assertFalse(Files.exists(pwned), "$(shell,touch ...) ran");
    assertTrue(tree.symbols().containsKey("PWNED"));
    assertTrue(tree.unknownShellSymbols().contains("PWNED"), tree.unknownShellSymbols().toString());
    assertTrue(
        warnings.stream()
            .anyMatch(w -> w.contains("Kconfig:2:") && w.contains("not in the toolchain profile")),
        warnings.toString());
  }

  /** The control: with the user's consent the same command does run. */
  @Test
  void shellCommandsRunOnlyWhenAllowed() {
    Path pwned = scratch.resolve("allowed");
    KconfigReader.read(
        KconfigOptions.of(TREES.resolve("shell"), "arm")
            .withEnvironment(ImmutableMap.of("PWNED_FILE", pwned.toString()))
            .withShell(true));
    assertTrue(Files.exists(pwned));
  }

  @ParameterizedTest
  @CsvSource({
    "dotdot, arch/Kconfig:2:1, ../../../../../../../../etc/passwd",
    "absolute, Kconfig:1:1, /etc/passwd",
    "symlink-file, Kconfig:2:1, innocent",
    "symlink-dir, Kconfig:2:1, sub/passwd",
    "env-escape, Kconfig:2:1, /etc/passwd",
  })
  void filesOutsideTheTreeAreRefused(String tree, String at, String written) throws IOException {
    assertTrue(Files.exists(Path.of("/etc/passwd")), "the attack needs a file outside the tree");
    InputException refused =
        assertThrows(
            InputException.class,
            () ->
                KconfigReader.read(
                    KconfigOptions.of(TREES.resolve(tree), "arm")
                        .withEnvironment(ImmutableMap.of("EVIL", "/etc"))));
    assertEquals(at, refused.position().toString());
    assertEquals(
        "refusing to read \"" + written + "\": outside the tree root", refused.getMessage());
  }
}
