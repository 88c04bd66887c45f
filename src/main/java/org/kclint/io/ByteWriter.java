package org.kclint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer that puts text on a byte stream as {@link ByteText#encode} does: UTF-8, with each byte
 * that was read as not UTF-8 written back as itself. The kernel's tools print a Latin-1 prompt or
 * value to the terminal as its bytes; kclint's standard output and error do too, whatever the
 * locale, instead of a '?' for each such byte.
 */
public final class ByteWriter extends Writer {
  private final OutputStream out;
  private final StringBuilder pending = new StringBuilder();

  public ByteWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    pending.append(chars, offset, length);
    // A surrogate pair may be cut between two writes: its first half waits for the second.
    int whole = pending.length();
    if (whole > 0 && Character.isHighSurrogate(pending.charAt(whole - 1))) {
      whole--;
    }
    out.write(ByteText.encode(pending.substring(0, whole)));
    pending.delete(0, whole);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    // A first half with no second one is not text: UTF-8 has no bytes for it.
    out.write(ByteText.encode(pending.toString()));
    pending.setLength(0);
    out.close();
  }
}
