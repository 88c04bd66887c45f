package org.kclint.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read the way the kernel's C tools read it, as bytes: UTF-8 where the bytes are UTF-8, and
 * each other byte kept as a character of its own (U+DC80 to U+DCFF, which no UTF-8 text decodes
 * to), so that {@link #encode} gives back exactly the bytes that were read. A .config or Kconfig
 * file with Latin-1 bytes in a prompt, a comment or a string value thus reads, and what kclint
 * writes from it holds the same bytes conf would write.
 */
public final class ByteText {
  private ByteText() {}

  private static final char ESCAPE_BASE = '\uDC00';

  /** The bytes as text; never fails. */
  public static String decode(byte[] bytes) {
    // Nearly every .config and Kconfig file is valid UTF-8 (mostly ASCII): the String constructor
    // decodes it with the JDK's intrinsics, where the decoder loop below ran interpreted in a
    // one-shot JVM (more CPU than reading the .config's lines). Where it replaced a malformed
    // sequence (or the text holds a U+FFFD of its own), the bytes are decoded one by one below.
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : decodeByteByByte(bytes);
  }

  private static String decodeByteByByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      // Malformed (or unmappable): each byte of the bad sequence stands for itself.
      for (int i = 0; i < result.length(); i++) {
        out.put((char) (ESCAPE_BASE | (in.get() & 0xff)));
      }
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Whether {@code c} at {@code i} in {@code s} stands for a byte that was not UTF-8. */
  public static boolean isEscapedByte(String s, int i) {
    char c = s.charAt(i);
    return c >= '\uDC80'
        && c <= '\uDCFF'
        && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  /** The text as bytes: UTF-8, and each byte {@link #decode} kept as a character as that byte. */
  public static byte[] encode(String text) {
    int start = 0;
    ByteArrayOutputStream out = null;
    for (int i = 0; i < text.length(); i++) {
      if (isEscapedByte(text, i)) {
        if (out == null) {
          out = new ByteArrayOutputStream(text.length() + 16);
        }
        out.writeBytes(text.substring(start, i).getBytes(StandardCharsets.UTF_8));
        out.write(text.charAt(i) & 0xff);
        start = i + 1;
      }
    }
    if (out == null) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    out.writeBytes(text.substring(start).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
