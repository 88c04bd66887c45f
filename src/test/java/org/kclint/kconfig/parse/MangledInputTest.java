package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputException;

/**
 * Mangled Kconfig text (bytes flipped, lines cut, duplicated or dropped) is read or refused with a
 * positioned error, never anything else. A fixed seed keeps every run the same.
 */
class MangledInputTest {
  private static final int ROUNDS = 3000;
  private static final byte[] INTERESTING = "\n\t \\\"'$(),#=!&|<>:+-_yAZ09".getBytes();

  @Test
  void mangledTreesParseOrFailWithAPosition(@TempDir Path tree) throws IOException {
    byte[] original = Files.readAllBytes(TestTrees.ROOT.resolve("constructs/Kconfig"));
    byte[] macros = Files.readAllBytes(TestTrees.ROOT.resolve("macros/Kconfig"));
    Random random = new Random(20261125);
    for (int round = 0; round < ROUNDS; round++) {
      byte[] input = mangle(random.nextBoolean() ? original : macros, random);
      Files.write(tree.resolve("Kconfig"), input);
      try {
        KconfigReader.read(KconfigOptions.of(tree, "arm"));
      } catch (InputException expected) {
        if (expected.position().line() < 0 || expected.getMessage().isEmpty()) {
          fail("round " + round + ": " + expected.diagnostic());
        }
      } catch (RuntimeException | StackOverflowError bug) {
        throw new AssertionError(
            "round "
                + round
                + " crashed on:\n"
                + new String(input, java.nio.charset.StandardCharsets.ISO_8859_1),
            bug);
      }
    }
  }

  private static byte[] mangle(byte[] text, Random random) {
    byte[] out = text.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        case 1 -> out[at] = (byte) random.nextInt(256);
        case 2 -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
        default -> {
          int length = Math.min(out.length - at, random.nextInt(40));
          byte[] grown = new byte[out.length + length];
          System.arraycopy(out, 0, grown, 0, at + length);
          System.arraycopy(out, at, grown, at + length, out.length - at);
          out = grown;
        }
      }
    }
    return out;
  }
}
