package org.kclint.kconfig.cache;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writing side of the entry format: unsigned LEB128 numbers, and strings that are written out
 * the first time and referred to by number after (as {@link EntryInput} reads them back).
 */
final class EntryOutput {
  private byte[] bytes = new byte[1 << 16];
  private int size;
  private final Map<String, Integer> strings = new HashMap<>();

  void writeByte(int b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    bytes[size++] = (byte) b;
  }

  void writeBytes(byte[] data) {
    if (size + data.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + data.length));
    }
    System.arraycopy(data, 0, bytes, size, data.length);
    size += data.length;
  }

  void writeBoolean(boolean b) {
    writeByte(b ? 1 : 0);
  }

  /** Any long, in 8 bytes (big-endian): a fixed width, so that it can be written over in place. */
  void writeLong(long n) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      writeByte((int) (n >>> shift));
    }
  }

  /** A number at least 0. */
  void writeNumber(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative: " + n);
    }
    while (n >= 0x80) {
      writeByte((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    writeByte(n);
  }

  /** 0 and the text the first time, its number + 1 after. */
  void writeString(String s) {
    Integer known = strings.get(s);
    if (known != null) {
      writeNumber(known + 1);
      return;
    }
    strings.put(s, strings.size());
    writeNumber(0);
    writeText(s);
  }

  /** A count and the strings. */
  void writeStrings(List<String> list) {
    writeNumber(list.size());
    list.forEach(this::writeString);
  }

  /**
   * Length and whether any char is above 0xFF, then one byte a char, or two: lossless for any Java
   * string (the unpaired surrogates {@link org.kclint.io.ByteText} keeps bytes in included).
   */
  private void writeText(String s) {
    boolean wide = false;
    for (int i = 0; i < s.length() && !wide; i++) {
      wide = s.charAt(i) > 0xff;
    }
    writeNumber(s.length() << 1 | (wide ? 1 : 0));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (wide) {
        writeByte(c >>> 8);
      }
      writeByte(c);
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
