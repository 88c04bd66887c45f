package org.kclint.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * Every input file kclint reads is opened here, one way: it must be, once its symbolic links are
 * followed, a regular file of at most {@link InputLimits#MAX_FILE_BYTES}. A FIFO, a device, a
 * socket or a folder is refused before a byte is read (reading a FIFO waits for a writer that may
 * never come; {@code /dev/zero} never ends), and so is a file that grows past the limit while it is
 * read. Problems are positioned {@link InputException}s naming the file.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The bytes of {@code file}; problems are reported at the file as a whole, as gcc does. */
  public static byte[] read(Path file) {
    return read(file, Position.ofLine(file.toString(), 0));
  }

  /**
   * The bytes of {@code file}; problems are reported at {@code where} (the line that named it, or
   * the file itself) and name the file.
   */
  public static byte[] read(Path file, Position where) {
    return read(file, file.toString(), where);
  }

  /**
   * As {@link #read(Path, Position)}, the file named {@code shownAs} in messages (a Kconfig file by
   * its name in the tree); the name is left out where {@code where} already gives it.
   */
  public static byte[] read(Path file, String shownAs, Position where) {
    String shown = where.file().equals(shownAs) ? "" : shownAs + ": ";
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(
          where, shown + (dangling(file) ? "dangling symbolic link" : "no such file"));
    } catch (IOException | SecurityException e) {
      throw new InputException(where, shown + "cannot read: " + e.getMessage(), e);
    }
    if (!attributes.isRegularFile()) {
      throw new InputException(
          where, shown + "cannot read: " + kind(file, attributes) + ", not a regular file");
    }
    // From here on the file exists: a problem with it as a whole lies at the file, not at a line.
    Position top = Position.ofLine(shownAs, 0);
    if (attributes.size() > InputLimits.MAX_FILE_BYTES) {
      throw new InputException(top, tooLarge(attributes.size()));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = readSized(in, (int) attributes.size());
    } catch (IOException e) {
      throw new InputException(top, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > InputLimits.MAX_FILE_BYTES) {
      throw new InputException(
          top, "file grew past the limit of " + InputLimits.MAX_FILE_BYTES + " bytes while read");
    }
    return bytes;
  }

  /**
   * All of {@code in}, read into one array of the size its stat gave (readNBytes with only a limit
   * reads 8 KB chunks and copies them into a third array: twice the bytes of a 4.7 MB cache entry),
   * and up to one byte past the limit where the file grew since.
   */
  private static byte[] readSized(InputStream in, int size) throws IOException {
    byte[] bytes = new byte[size];
    int n = in.readNBytes(bytes, 0, size);
    int next = in.read();
    if (next < 0) {
      return n == size ? bytes : Arrays.copyOf(bytes, n);
    }
    byte[] rest = in.readNBytes((int) InputLimits.MAX_FILE_BYTES - n);
    byte[] all = Arrays.copyOf(bytes, n + 1 + rest.length);
    all[n] = (byte) next;
    System.arraycopy(rest, 0, all, n + 1, rest.length);
    return all;
  }

  /**
   * The text of {@code file}, which must be UTF-8; a byte that is not is reported at its line and
   * column.
   */
  public static String utf8(Path file) {
    return utf8(file.toString(), read(file));
  }

  /** {@code bytes} as UTF-8 text, the file they came from named {@code file} in the error. */
  public static String utf8(String file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(at(file, bytes, in.position()), "not UTF-8 text");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The line and (byte) column of offset {@code offset}. */
  private static Position at(String file, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(file, line, offset - lineStart + 1);
  }

  /** The message for a file of {@code size} bytes over the limit. */
  public static String tooLarge(long size) {
    return "file of "
        + size
        + " bytes exceeds the limit of "
        + InputLimits.MAX_FILE_BYTES
        + " bytes";
  }

  private static boolean dangling(Path file) {
    return Files.isSymbolicLink(file);
  }

  /** What a file that is not a regular one is, in the words of ls(1). */
  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }
}
