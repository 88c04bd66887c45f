package org.kclint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kclint.diag.InputException;

/**
 * {@code .kclint}'s tree and board settings: each read relative to the file, and each wrong line a
 * positioned error (the line, and the column of the value where the value is wrong).
 */
class ProjectSettingsTest {
  @TempDir Path dir;

  private Path settings(String text) throws IOException {
    Files.createDirectories(dir.resolve("linux/include"));
    Files.writeString(dir.resolve("tc.shell.tsv"), "");
    Files.writeString(dir.resolve("board.dts"), "/dts-v1/;\n/ { };\n");
    Files.writeString(dir.resolve("board.facts"), "nCpus = 4\n");
    return Files.writeString(dir.resolve(".kclint"), text);
  }

  @Test
  void everyTreeAndBoardSettingIsReadRelativeToTheFile() throws IOException {
    Path file =
        settings(
            String.join(
                "\n",
                "# the BSP's tree",
                "kconfig linux        # a comment after a value",
                "arch arm",
                "toolchain tc.shell.tsv",
                "env KERNELVERSION=6.1.192",
                "env CROSS_COMPILE=",
                "  board board.dts",
                "include linux/include",
                "include linux",
                "facts board.facts",
                "rules linux",
                "severity stale-config=off",
                "scenarios linux/include",
                "scenarios linux",
                "kernel-version 6.1.192",
                ""));
    ProjectSettings s = ProjectSettings.read(file);
    ProjectInputs in = s.inputs();
    assertEquals(Optional.of(dir.resolve("linux")), in.kconfig());
    assertEquals("arm", in.arch());
    assertEquals(Optional.of(dir.resolve("tc.shell.tsv")), in.toolchain());
    assertEquals(Map.of("KERNELVERSION", "6.1.192", "CROSS_COMPILE", ""), in.env());
    assertEquals(Optional.of(dir.resolve("board.dts")), in.board());
    assertEquals(List.of(dir.resolve("linux/include"), dir.resolve("linux")), in.includes());
    assertEquals(Optional.of(dir.resolve("board.facts")), in.facts());
    assertEquals(List.of(dir.resolve("linux")), s.rules());
    assertEquals(List.of(dir.resolve("linux/include"), dir.resolve("linux")), in.scenarios());
    assertEquals(Optional.of("6.1.192"), in.kernelVersion());
  }

  @Test
  void aFileWithoutTreeSettingsNamesNoInputs() throws IOException {
    assertEquals(ProjectInputs.NONE, ProjectSettings.read(settings("werror\n")).inputs());
  }

  /** Each line is the second of the file, after a good {@code arch} line. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "kconfg linux|2:1|unknown setting 'kconfg' (did you mean kconfig?)",
        "boards board.dts|2:1|did you mean board?",
        "kconfig nowhere|2:9|no folder ",
        "kconfig board.dts|2:9|no folder ",
        "toolchain linux|2:11|no file ",
        "board missing.dts|2:7|no file ",
        "include board.dts|2:9|no folder ",
        "facts nothing.facts|2:7|no file ",
        "env KERNELVERSION|2:5|expected env NAME=VALUE",
        "env 1X=2|2:5|expected env NAME=VALUE",
        "env A=1 B=2|2:1|'env' takes one value",
        "toolchain|2:1|'toolchain' needs a value",
        "arch ARM/x|2:1|'arch' is set twice (first on line 1)",
        "kconfig linux|2:1|'kconfig' needs an 'arch' line",
        "scenarios nowhere|2:11|no folder ",
        "kernel-version v6|2:16|'kernel-version' takes a kernel release (6.1.192), got: v6",
        "kernelVersion 6.1|2:1|did you mean kernel-version?",
        "kernel-version|2:1|'kernel-version' needs a value",
      })
  void aWrongLineIsAPositionedError(String line, String at, String message) throws IOException {
    // Without arch first for the missing-arch case, and with it for the others.
    String first = message.contains("needs an 'arch'") ? "werror" : "arch arm";
    Path file = settings(first + "\n" + line + "\n");
    InputException e = assertThrows(InputException.class, () -> ProjectSettings.read(file));
    assertEquals(file + ":" + at, e.position().toString(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void anArchThatIsNoArchitectureIsShownAtItsValue() throws IOException {
    Path file = settings("werror\narch ARM/x\n");
    InputException e = assertThrows(InputException.class, () -> ProjectSettings.read(file));
    assertEquals(file + ":2:6", e.position().toString());
    assertTrue(e.getMessage().contains("kernel architecture"), e.getMessage());
  }
}
