package org.kclint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  private static final String OLD = "CONFIG_SMP=y\nCONFIG_HIGHMEM=y\n";

  @TempDir Path dir;

  @Test
  void replacesTheWholeFile() throws IOException {
    Path target = existing();
    AtomicFiles.write(target, "CONFIG_SMP=n\n");
    assertEquals("CONFIG_SMP=n\n", Files.readString(target));
    assertEquals(List.of(target), listing());
  }

  @Test
  void aWriteThatFailsMidwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    UncheckedIOException failure =
        failedWriteKeepsTheOldFile(
            UncheckedIOException.class,
            out -> {
              out.write("CONFIG_SMP=n\n# half of a new con".getBytes(StandardCharsets.UTF_8));
              throw new IOException("disk full");
            });
    assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
  }

  @Test
  void aBugThatInterruptsTheWriterLeavesTheOldFileWhole() throws IOException {
    failedWriteKeepsTheOldFile(
        IllegalStateException.class,
        out -> {
          out.write(new byte[64 * 1024]);
          throw new IllegalStateException("interrupted");
        });
  }

  private <T extends Throwable> T failedWriteKeepsTheOldFile(
      Class<T> thrown, AtomicFiles.Content content) throws IOException {
    Path target = existing();
    T failure = assertThrows(thrown, () -> AtomicFiles.write(target, content));
    assertEquals(OLD, Files.readString(target));
    assertEquals(List.of(target), listing());
    return failure;
  }

  @Test
  void aFolderThatDoesNotExistIsAnErrorAndCreatesNothing() {
    Path target = dir.resolve("missing/out.config");
    assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, OLD));
    assertFalse(Files.exists(target.getParent()));
  }

  @Test
  void aNewFileAppearsOnlyWhenComplete() throws IOException {
    Path target = dir.resolve("new.config");
    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  out.write('x');
                  throw new IOException("interrupted");
                }));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), listing());
  }

  /** As root, renaming over /dev/null would put a regular file in its place for everyone. */
  @Test
  void aDeviceIsWrittenDirectlyAndStaysADevice() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null");
    AtomicFiles.write(devNull, OLD);
    assertEquals(0020000, mode(devNull) & 0170000, "/dev/null is no longer a character device");
    assertEquals(0666, mode(devNull) & 0777);
  }

  @Test
  void aFifoIsWrittenDirectly() throws Exception {
    Path fifo = dir.resolve("report.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    AtomicFiles.write(fifo, OLD);
    assertEquals(OLD, reader.get(10, TimeUnit.SECONDS));
    assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "the FIFO was replaced");
  }

  @Test
  void aLinkIsFollowedAndItsTargetReplacedTheLinkKept() throws IOException {
    Path target = existing();
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), target.getFileName());
    AtomicFiles.write(link, "new\n");
    assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
    assertEquals("new\n", Files.readString(target));
  }

  @Test
  void aDanglingLinkIsFollowedToTheFileItNames() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("made.json"));
    AtomicFiles.write(link, "new\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(dir.resolve("made.json")));
  }

  @Test
  void aReplacedFileKeepsItsMode() throws IOException {
    Path target = existing();
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(target, "new\n");
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    AtomicFiles.write(target, "new\n");
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  /** 0666 less the umask, as a shell redirection creates it: what createFile gives here. */
  @Test
  void aNewFileGetsTheModeTheUmaskAllows() throws IOException {
    Path target = dir.resolve("new.json");
    AtomicFiles.write(target, "new\n");
    Path likeTheShell = Files.createFile(dir.resolve("shell.json"));
    assertEquals(
        Files.getPosixFilePermissions(likeTheShell), Files.getPosixFilePermissions(target));
    assertNotEquals(0600, mode(target) & 0777, "0600 whatever the umask (umask 077?)");
  }

  @Test
  void aFolderIsNotReplaced() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(folder, OLD));
    assertEquals("cannot write " + folder + ": is a directory", e.getMessage());
    assertTrue(Files.isDirectory(folder));
  }

  @Test
  void theMessageNamesTheTargetNotATemporaryFile() {
    Path target = dir.resolve("no/dir/r.json");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, OLD));
    assertEquals("cannot write " + target + ": no such folder", e.getMessage());
  }

  @Test
  void anOutputThatIsAnInputIsFoundThroughLinksAndSpellings() throws IOException {
    Path input = existing();
    Path link = Files.createSymbolicLink(dir.resolve("link.config"), input);
    Path other = Files.writeString(dir.resolve("other.config"), OLD);
    Path spelled = dir.resolve("sub/../kernel.config");
    Files.createDirectory(dir.resolve("sub"));
    assertEquals(Optional.of(input), AtomicFiles.sameAsInput(link, List.of(other, input)));
    assertEquals(Optional.of(input), AtomicFiles.sameAsInput(spelled, List.of(input)));
    assertEquals(Optional.empty(), AtomicFiles.sameAsInput(other, List.of(input)));
    assertEquals(
        Optional.empty(), AtomicFiles.sameAsInput(dir.resolve("new.json"), List.of(input)));
  }

  private static int mode(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:mode");
  }

  /**
   * The rule that makes the tests above cover every file kclint writes: no main class but
   * AtomicFiles opens a file for writing.
   */
  @Test
  void noOtherMainClassWritesFiles() throws IOException {
    Pattern writes =
        Pattern.compile(
            "(?<![A-Za-z])Files\\.(write|writeString|newOutputStream|newBufferedWriter|copy|move|createFile)\\("
                + "|new (FileOutputStream|FileWriter|PrintStream\\(\\s*(new File|Path)|RandomAccessFile)(?!\\(FileDescriptor)");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (source.endsWith(Path.of("org/kclint/io/AtomicFiles.java"))) {
          continue;
        }
        String text = Files.readString(source);
        assertFalse(writes.matcher(text).find(), source + " writes a file without AtomicFiles");
      }
    }
  }

  private Path existing() throws IOException {
    Path target = dir.resolve("kernel.config");
    Files.writeString(target, OLD);
    return target;
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
