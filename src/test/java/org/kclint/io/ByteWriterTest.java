package org.kclint.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ByteWriterTest {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void bytesReadAsNotUtf8AreWrittenAsThemselves() throws IOException {
    byte[] latin1 = bytes('d', 0xe9, 'f', 'a', 'u', 't', ' ', 0xff, 0xfe);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (ByteWriter w = new ByteWriter(sink)) {
      w.write(ByteText.decode(latin1));
    }
    assertArrayEquals(latin1, sink.toByteArray());
  }

  @Test
  void aSurrogatePairCutBetweenTwoWritesStaysOneCharacter() throws IOException {
    String text = "caf\u00e9 \uD83D\uDE00 \uDCE9";
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (ByteWriter w = new ByteWriter(sink)) {
      for (char c : text.toCharArray()) {
        w.write(c);
      }
    }
    byte[] expected = ("caf\u00e9 \uD83D\uDE00 ").getBytes(StandardCharsets.UTF_8);
    byte[] withByte = Arrays.copyOf(expected, expected.length + 1);
    withByte[expected.length] = (byte) 0xe9;
    assertArrayEquals(withByte, sink.toByteArray());
  }
}
