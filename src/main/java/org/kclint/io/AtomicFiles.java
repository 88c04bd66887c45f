package org.kclint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file kclint writes goes through here, and lands where the user expects, as a shell
 * redirection would put it, without ever leaving half a file:
 *
 * <ul>
 *   <li>a regular file (or a new one) is written to a temporary file in the same folder, forced to
 *       disk, then renamed over the target, so a failed or interrupted run leaves the old file
 *       whole; the new file keeps the old one's permissions (and, where allowed, owner), and a new
 *       file gets 0666 less the umask, as {@code >} gives;
 *   <li>a symbolic link is followed and the file it leads to replaced, the link kept;
 *   <li>a FIFO or a device ({@code -o /dev/null}, {@code -o /dev/stdout}) is written directly: it
 *       cannot be replaced, and renaming over it would put a regular file in its place.
 * </ul>
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Symbolic links followed from one target (the kernel's own bound, MAXSYMLINKS). */
  private static final int MAX_LINKS = 40;

  /** Something that writes the whole content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code text} as UTF-8, except that bytes an input held that were not UTF-8 are written
   * back as they were ({@link ByteText}), as conf writes them.
   */
  public static void write(Path target, String text) {
    write(target, out -> out.write(ByteText.encode(text)));
  }

  /**
   * Whether {@code target} is a regular file (links followed) that holds {@code text} as written.
   */
  public static boolean holds(Path target, String text) {
    try {
      Path file = followLinks(target.toAbsolutePath());
      return attributes(file).filter(BasicFileAttributes::isRegularFile).isPresent()
          && java.util.Arrays.equals(Files.readAllBytes(file), ByteText.encode(text));
    } catch (IOException e) {
      return false;
    }
  }

  public static void write(Path target, Content content) {
    try {
      Path file = followLinks(target.toAbsolutePath());
      Optional<BasicFileAttributes> existing = attributes(file);
      if (existing.isPresent() && existing.get().isDirectory()) {
        throw new IOException("is a directory");
      }
      if (existing.isPresent() && !existing.get().isRegularFile()) {
        writeDirectly(file, content);
      } else {
        replace(file, content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /**
   * The input among {@code inputs} that is the same file as {@code output} (through a link, a hard
   * link or another spelling of its path), if any: writing it would destroy what the run reads.
   */
  public static Optional<Path> sameAsInput(Path output, Collection<Path> inputs) {
    for (Path input : inputs) {
      if (same(output, input)) {
        return Optional.of(input);
      }
    }
    return Optional.empty();
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return followLinks(a.toAbsolutePath())
          .normalize()
          .equals(followLinks(b.toAbsolutePath()).normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /** Where {@code path} leads once its links are followed, even to a file not yet there. */
  private static Path followLinks(Path path) throws IOException {
    Path current = path;
    for (int i = 0; i < MAX_LINKS; i++) {
      Path parent = current.getParent();
      if (parent != null && Files.isDirectory(parent)) {
        // Links among the folders are resolved by the system; the last name is followed here.
        parent = parent.toRealPath();
        current = parent.resolve(current.getFileName());
      }
      if (!Files.isSymbolicLink(current)) {
        return current;
      }
      Path target = Files.readSymbolicLink(current);
      current = parent == null ? target : parent.resolve(target);
    }
    throw new IOException("too many levels of symbolic links");
  }

  private static Optional<BasicFileAttributes> attributes(Path file) throws IOException {
    try {
      return Optional.of(
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static void writeDirectly(Path file, Content content) throws IOException {
    try (OutputStream out =
        Files.newOutputStream(
            file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      content.writeTo(out);
    }
  }

  private static void replace(Path file, Content content) throws IOException {
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new NoSuchFileException(String.valueOf(dir), null, "no such folder");
    }
    Optional<PosixFileAttributes> old = posix(file);
    Path tmp = createTemporary(dir, file.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      if (old.isPresent()) {
        keepOwnerAndMode(tmp, old.get());
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is the one to report
        }
      }
    }
  }

  /**
   * A new empty file beside the target. Files.createFile asks the system for mode 0666, which the
   * umask then reduces, as for a file the shell creates (createTempFile would give 0600).
   */
  private static Path createTemporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp =
          dir.resolve(
              "." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static Optional<PosixFileAttributes> posix(Path file) throws IOException {
    try {
      return Optional.of(Files.readAttributes(file, PosixFileAttributes.class));
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static void keepOwnerAndMode(Path tmp, PosixFileAttributes old) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    try {
      // Only the superuser may give a file away; anyone else keeps their own file as before.
      view.setOwner(old.owner());
      view.setGroup(old.group());
    } catch (IOException e) {
      // not permitted: the file is the writer's, as any file they create
    }
    view.setPermissions(old.permissions());
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
