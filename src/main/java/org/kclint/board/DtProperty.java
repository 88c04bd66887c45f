package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * A property of the merged device tree: its name, labels, value bytes as dtc would write them into
 * the blob (references resolved), and where its final value was written.
 */
public final class DtProperty {
  private final String name;
  private final ImmutableList<String> labels;
  private final byte[] value;
  private final Position position;

  public DtProperty(String name, ImmutableList<String> labels, byte[] value, Position position) {
    this.name = name;
    this.labels = labels;
    this.value = value.clone();
    this.position = position;
  }

  public String name() {
    return name;
  }

  public ImmutableList<String> labels() {
    return labels;
  }

  public Position position() {
    return position;
  }

  public byte[] bytes() {
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  /** The NUL-terminated strings of a string-list value, decoded as UTF-8. */
  public ImmutableList<String> strings() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int start = 0;
    for (int i = 0; i < value.length; i++) {
      if (value[i] == 0) {
        out.add(new String(value, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < value.length) {
      out.add(new String(value, start, value.length - start, StandardCharsets.UTF_8));
    }
    return out.build();
  }

  public Optional<String> firstString() {
    ImmutableList<String> strings = strings();
    return strings.isEmpty() ? Optional.empty() : Optional.of(strings.get(0));
  }

  /** The value as big-endian 32-bit cells (unsigned); a trailing partial cell is dropped. */
  public long[] cells() {
    long[] cells = new long[value.length / 4];
    for (int i = 0; i < cells.length; i++) {
      cells[i] =
          ((value[4 * i] & 0xffL) << 24)
              | ((value[4 * i + 1] & 0xffL) << 16)
              | ((value[4 * i + 2] & 0xffL) << 8)
              | (value[4 * i + 3] & 0xffL);
    }
    return cells;
  }

  /** The value as one 32-bit cell, when it is exactly that. */
  public Optional<Long> cell() {
    return value.length == 4 ? Optional.of(cells()[0]) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DtProperty p
        && name.equals(p.name)
        && labels.equals(p.labels)
        && Arrays.equals(value, p.value)
        && position.equals(p.position);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return name + " (" + value.length + " bytes) at " + position;
  }
}
