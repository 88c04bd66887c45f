package org.kclint.kconfig.cache;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading side of {@link EntryOutput}. Every read is checked against the end of the data and
 * every reference against what was read before, so that a damaged entry is a {@link
 * DamagedEntryException}, never a wrong tree or a runtime error.
 */
final class EntryInput {
  private final byte[] bytes;
  private int position;
  private final int end;
  private final List<String> strings = new ArrayList<>();

  EntryInput(byte[] bytes, int from, int end) {
    this.bytes = bytes;
    this.position = from;
    this.end = end;
  }

  boolean atEnd() {
    return position == end;
  }

  int readByte() {
    if (position >= end) {
      throw new DamagedEntryException("ends early");
    }
    return bytes[position++] & 0xff;
  }

  byte[] readBytes(int n) {
    if (n > end - position) {
      throw new DamagedEntryException("ends early");
    }
    byte[] out = new byte[n];
    System.arraycopy(bytes, position, out, 0, n);
    position += n;
    return out;
  }

  long readLong() {
    long n = 0;
    for (int i = 0; i < 8; i++) {
      n = n << 8 | readByte();
    }
    return n;
  }

  /** Where the next read starts. */
  int position() {
    return position;
  }

  boolean readBoolean() {
    int b = readByte();
    if (b > 1) {
      throw new DamagedEntryException("bad flag " + b);
    }
    return b == 1;
  }

  int readNumber() {
    int n = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = readByte();
      n |= (b & 0x7f) << shift;
      if (b < 0x80) {
        if (n < 0) {
          throw new DamagedEntryException("number out of range");
        }
        return n;
      }
    }
    throw new DamagedEntryException("number too long");
  }

  /** A count of things each taking at least one byte: no larger than what is left. */
  int readCount() {
    int n = readNumber();
    if (n > end - position) {
      throw new DamagedEntryException("count " + n + " beyond the end");
    }
    return n;
  }

  /** A number below {@code bound}. */
  int readIndex(int bound) {
    int n = readNumber();
    if (n >= bound) {
      throw new DamagedEntryException("reference " + n + " out of range");
    }
    return n;
  }

  String readString() {
    int ref = readIndex(strings.size() + 1);
    if (ref > 0) {
      return strings.get(ref - 1);
    }
    String s = readText();
    strings.add(s);
    return s;
  }

  ImmutableList<String> readStrings() {
    int count = readCount();
    ImmutableList.Builder<String> list = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      list.add(readString());
    }
    return list.build();
  }

  private String readText() {
    int header = readNumber();
    int length = header >>> 1;
    boolean wide = (header & 1) == 1;
    if ((long) length * (wide ? 2 : 1) > end - position) {
      throw new DamagedEntryException("string beyond the end");
    }
    String s;
    if (wide) {
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = (char) ((bytes[position] & 0xff) << 8 | (bytes[position + 1] & 0xff));
        position += 2;
      }
      s = new String(chars);
    } else {
      s = new String(bytes, position, length, StandardCharsets.ISO_8859_1);
      position += length;
    }
    return s;
  }
}
