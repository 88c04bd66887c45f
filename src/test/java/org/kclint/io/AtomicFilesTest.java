package org.kclint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * The rule that makes the tests above cover every file kclint writes: no main class but
   * AtomicFiles opens a file for writing.
   */
  @Test
  void noOtherMainClassWritesFiles() throws IOException {
    Pattern writes =
        Pattern.compile(
            "(?<![A-Za-z])Files\\.(write|writeString|newOutputStream|newBufferedWriter|copy|move|createFile)\\("
                + "|new (FileOutputStream|FileWriter|PrintStream\\(\\s*(new File|Path)|RandomAccessFile)");
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
