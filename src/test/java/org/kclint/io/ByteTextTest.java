package org.kclint.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any bytes survive decoding and encoding unchanged; UTF-8 text decodes as UTF-8. */
class ByteTextTest {
  @Test
  void utf8IsText() {
    String text = "café naïve \u20ac \uD83D\uDE00";
    assertEquals(text, ByteText.decode(text.getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), ByteText.encode(text));
  }

  @Test
  void otherBytesAreKept() {
    byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("caf\uDCE9", ByteText.decode(latin1));
    assertArrayEquals(latin1, ByteText.encode(ByteText.decode(latin1)));
  }

  /**
   * Edge cases: an encoded surrogate (CESU-8), a truncated sequence, a pair whose low half is in
   * U+DC80-U+DCFF.
   */
  @Test
  void edgeCasesRoundTrip() {
    roundTrip(new byte[] {(byte) 0xed, (byte) 0xb2, (byte) 0x80});
    roundTrip(new byte[] {'a', (byte) 0xe2, (byte) 0x82});
    roundTrip(new byte[] {(byte) 0xf0, (byte) 0x90, (byte) 0x82, (byte) 0x80, (byte) 0xe9});
    assertEquals(
        "\uD800\uDC80",
        ByteText.decode(new byte[] {(byte) 0xf0, (byte) 0x90, (byte) 0x82, (byte) 0x80}));
  }

  /** A U+FFFD written in the text is text, not a sign of bytes to keep one by one. */
  @Test
  void aReplacementCharacterInTheTextIsKept() {
    byte[] bytes = {(byte) 0xef, (byte) 0xbf, (byte) 0xbd, 'a', (byte) 0xff};
    assertEquals("\uFFFDa\uDCFF", ByteText.decode(bytes));
    assertEquals(
        "\uFFFDa", ByteText.decode(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd, 'a'}));
  }

  @Test
  void randomBytesRoundTrip() {
    Random random = new Random(20261125);
    for (int i = 0; i < 10_000; i++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      roundTrip(bytes);
    }
  }

  private static void roundTrip(byte[] bytes) {
    assertArrayEquals(bytes, ByteText.encode(ByteText.decode(bytes)));
  }
}
