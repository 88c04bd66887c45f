package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.io.InputFiles;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.testing.CommandStack;

/**
 * Each bound of the Kconfig front end, with an input exactly at it (accepted, on the stack the
 * command line has) and one just beyond it (a positioned error). The block, expression and
 * source-depth bounds alone are in ErrorsTest.
 */
class KconfigLimitsTest {
  @TempDir Path tree;

  @Test
  void macroNestingAtTheLimitExpandsAndBeyondItIsAnError() throws IOException {
    assertEquals("y", expansion(chain(InputLimits.MAX_MACRO_DEPTH)));
    InputException beyond =
        assertThrows(InputException.class, () -> expansion(chain(InputLimits.MAX_MACRO_DEPTH + 1)));
    assertEquals("macro expansion nested more than 200 deep", beyond.getMessage());
  }

  @Test
  void expansionLengthAtTheLimitIsAcceptedAndBeyondItIsAnError() throws IOException {
    // 2^20 characters exactly, then one more.
    String doubling = "X := y\n" + "X := $(X)$(X)\n".repeat(20);
    assertEquals(InputLimits.MAX_MACRO_EXPANSION_CHARS, expansion(doubling).length());
    InputException beyond =
        assertThrows(InputException.class, () -> expansion(doubling + "X := $(X)z\n"));
    assertEquals(
        "Kconfig:22:3: error: macro expansion longer than 1048576 characters", beyond.diagnostic());
  }

  @Test
  void expansionStepsAreBoundedWhenTheResultStaysSmall() throws IOException {
    // 2^k - 1 references for a k-level binary tree of empty variables.
    assertEquals("y", expansion(binaryTree(16)));
    InputException beyond = assertThrows(InputException.class, () -> expansion(binaryTree(17)));
    assertTrue(
        beyond.getMessage().startsWith("macro expansion took more than"), beyond.getMessage());
  }

  @Test
  void sourcedFilesAreCountedWithRepeats() throws IOException {
    // Each level sources the next twice; from l/1 that is 65,536 reads.
    Files.createDirectories(tree.resolve("l"));
    for (int i = 1; i <= 15; i++) {
      Files.writeString(
          tree.resolve("l/" + i), "source \"l/" + (i + 1) + "\"\nsource \"l/" + (i + 1) + "\"\n");
    }
    Files.writeString(tree.resolve("l/16"), "");
    Files.writeString(tree.resolve("Kconfig"), "source \"l/3\"\n");
    read(); // 1 + 1 + 2 + ... + 2^13 = 16,384 reads: under the limit
    Files.writeString(tree.resolve("Kconfig"), "source \"l/1\"\n");
    InputException beyond = assertThrows(InputException.class, this::read);
    assertEquals("more than 20000 Kconfig files sourced", beyond.getMessage());
  }

  @Test
  void aFileAtTheSizeLimitIsReadAndOneByteMoreIsRefused() throws IOException {
    Path file = tree.resolve("Kconfig");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputLimits.MAX_FILE_BYTES);
    }
    assertEquals(InputLimits.MAX_FILE_BYTES, InputFiles.read(file).length);
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputLimits.MAX_FILE_BYTES + 1);
    }
    InputException beyond = assertThrows(InputException.class, this::read);
    assertEquals(
        "Kconfig: error: file of 16777217 bytes exceeds the limit of 16777216 bytes",
        beyond.diagnostic());
  }

  /** The deepest input every bound allows at once: 64 files deep, 200 blocks in each. */
  @Test
  void theDeepestLegalTreeFitsTheCommandLinesStack() throws IOException {
    int files = InputLimits.MAX_SOURCE_DEPTH;
    for (int i = 0; i < files; i++) {
      String next =
          i + 1 < files
              ? "source \"K" + (i + 1) + "\"\n"
              : "config DEEP\n\tbool \"deep\"\n\tdepends on "
                  + "(".repeat(100)
                  + "!".repeat(100)
                  + "A"
                  + ")".repeat(100)
                  + "\n";
      String nested =
          "if A\n".repeat(InputLimits.MAX_BLOCK_DEPTH)
              + next
              + "endif\n".repeat(InputLimits.MAX_BLOCK_DEPTH);
      Files.writeString(tree.resolve(i == 0 ? "Kconfig" : "K" + i), nested);
    }
    KconfigTree read = CommandStack.call(this::read);
    assertTrue(read.symbols().containsKey("DEEP"));
  }

  private static String chain(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < depth; i++) {
      text.append("V").append(i).append(" = $(V").append(i + 1).append(")\n");
    }
    text.append("V").append(depth).append(" = y\n");
    text.append("X := $(V1)\n");
    return text.toString();
  }

  private static String binaryTree(int levels) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < levels; i++) {
      text.append("T")
          .append(i)
          .append(" = $(T")
          .append(i + 1)
          .append(")$(T")
          .append(i + 1)
          .append(")\n");
    }
    text.append("T").append(levels).append(" =\n");
    text.append("X := $(T1)y\n");
    return text.toString();
  }

  /** The value of X after reading {@code text}, as a string property shows it. */
  private String expansion(String text) throws IOException {
    Files.writeString(tree.resolve("Kconfig"), text + "config S\n\tstring\n\tdefault \"$(X)\"\n");
    KconfigTree read = CommandStack.call(this::read);
    return ((Expr.Const) read.symbols().get("S").definitions().get(0).defaults().get(0).value())
        .value();
  }

  private KconfigTree read() {
    return KconfigReader.read(KconfigOptions.of(tree, "arm"));
  }
}
