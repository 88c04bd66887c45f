package org.kclint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the kernel's conf prints for a tree of testdata/kconfig/diagnostics, as its Kconfig states
 * at the top (see the folder's README).
 *
 * @param confStatus conf's exit status
 * @param kclintStatus kclint's: conf's, or 3 where conf stops reading the tree
 */
public record ConfExpectations(String stdout, String stderr, int confStatus, int kclintStatus) {
  public static final Path ROOT = Path.of("testdata/kconfig/diagnostics");

  /** The trees, in name order. */
  public static List<Path> trees() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ConfExpectations of(Path tree) {
    StringBuilder stdout = new StringBuilder();
    StringBuilder stderr = new StringBuilder();
    int conf = -1;
    int kclint = -1;
    try {
      for (String line : Files.readAllLines(tree.resolve("Kconfig"), StandardCharsets.ISO_8859_1)) {
        if (line.startsWith("# stdout |")) {
          stdout.append(text(line, "# stdout |")).append('\n');
        } else if (line.startsWith("# stderr |")) {
          stderr.append(text(line, "# stderr |")).append('\n');
        } else if (line.startsWith("# exit ")) {
          String[] statuses = line.substring("# exit ".length()).split(", kclint ");
          conf = Integer.parseInt(statuses[0]);
          kclint = Integer.parseInt(statuses[statuses.length - 1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ConfExpectations(stdout.toString(), stderr.toString(), conf, kclint);
  }

  private static String text(String line, String prefix) {
    String rest = line.substring(prefix.length());
    return rest.startsWith(" ") ? rest.substring(1) : rest;
  }
}
