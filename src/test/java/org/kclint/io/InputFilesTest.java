package org.kclint.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void readsARegularFileThroughALink() throws IOException {
    Path file = Files.writeString(dir.resolve("real.config"), "CONFIG_SMP=y\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.config"), file);
    assertArrayEquals(Files.readAllBytes(file), InputFiles.read(link));
  }

  /** Opening a FIFO for reading waits for a writer: refused before it is opened. */
  @Test
  void aFifoIsRefusedWithoutWaiting() throws Exception {
    Path fifo = fifo("in.config");
    InputException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> assertThrows(InputException.class, () -> read(fifo)));
    assertEquals(fifo + ": error: cannot read: a FIFO, not a regular file", e.diagnostic());
  }

  @Test
  void aLinkToDevZeroIsRefusedBeforeAByteIsRead() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("zero.config"), Path.of("/dev/zero"));
    InputException e = assertThrows(InputException.class, () -> InputFiles.read(link));
    assertEquals(
        link + ": error: cannot read: a character device, not a regular file", e.diagnostic());
  }

  @Test
  void aFolderIsRefused() {
    InputException e = assertThrows(InputException.class, () -> InputFiles.read(dir));
    assertEquals(dir + ": error: cannot read: a directory, not a regular file", e.diagnostic());
  }

  @Test
  void aDanglingLinkIsNamedAsSuch() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.config"), dir.resolve("nothing"));
    InputException e = assertThrows(InputException.class, () -> InputFiles.read(link));
    assertEquals(link + ": error: dangling symbolic link", e.diagnostic());
  }

  /** A file named by a line of another file: the problem is at that line, and names the file. */
  @Test
  void aProblemWithAnIncludedFileIsAtTheIncludingLine() {
    Position where = new Position("board.dts", 7, 3);
    InputException e =
        assertThrows(InputException.class, () -> InputFiles.read(Path.of("/dev/null"), where));
    assertEquals(
        "board.dts:7:3: error: /dev/null: cannot read: a character device, not a regular file",
        e.diagnostic());
  }

  @Test
  void aFileAtTheLimitIsReadAndOneByteMoreIsRefused() throws IOException {
    Path file = dir.resolve("big.config");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputLimits.MAX_FILE_BYTES);
    }
    assertEquals(InputLimits.MAX_FILE_BYTES, InputFiles.read(file).length);
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputLimits.MAX_FILE_BYTES + 1);
    }
    InputException e = assertThrows(InputException.class, () -> InputFiles.read(file));
    assertEquals(
        file + ": error: file of 16777217 bytes exceeds the limit of 16777216 bytes",
        e.diagnostic());
  }

  @Test
  void textThatIsNotUtf8IsPositionedAtItsFirstBadByte() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> InputFiles.utf8("x.tsv", new byte[] {'a', '\n', 'b', 'c', (byte) 0xe9, '\n'}));
    assertEquals("x.tsv:2:3: error: not UTF-8 text", e.diagnostic());
    assertEquals("caf\u00e9", InputFiles.utf8("x", "caf\u00e9".getBytes(UTF8)));
  }

  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  /**
   * The rule that makes the tests above cover every file kclint reads: no main class but InputFiles
   * opens a file for reading.
   */
  @Test
  void noOtherMainClassReadsFiles() throws IOException {
    Pattern reads =
        Pattern.compile(
            "(?<![A-Za-z])Files\\.(readAllBytes|readString|readAllLines|lines|newInputStream|newBufferedReader|newByteChannel)\\("
                + "|new (FileInputStream|FileReader|RandomAccessFile)\\((?!FileDescriptor)|CharStreams\\.fromPath|FileChannel\\.open");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (source.endsWith(Path.of("org/kclint/io/InputFiles.java"))
            || source.endsWith(Path.of("org/kclint/io/AtomicFiles.java"))) {
          continue;
        }
        String text = Files.readString(source);
        assertFalse(reads.matcher(text).find(), source + " reads a file without InputFiles");
      }
    }
  }

  private static byte[] read(Path file) {
    return InputFiles.read(file);
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available");
    return fifo;
  }
}
