package org.kclint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/** {@code check --sweep}: which files a folder contributes, and the progress line on a terminal. */
final class Sweep {
  private Sweep() {}

  /** Every {@code *_defconfig} and {@code *.config} directly in {@code dir}, in name order. */
  static List<Path> configsIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString();
                return name.endsWith("_defconfig") || name.endsWith(".config");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InputException(
          Position.ofLine(dir.toString(), 1), "cannot list configs: " + e.getMessage());
    }
  }

  /** Where a sweep reports how far it is. */
  interface Progress {
    void next(String config);

    void done();
  }

  /**
   * A progress line rewritten in place on stderr, only when a sweep runs on a terminal (a CI log or
   * a pipe gets nothing).
   */
  static Progress progress(PrintWriter err, int total, boolean sweep) {
    if (!sweep || System.console() == null) {
      return new Progress() {
        @Override
        public void next(String config) {}

        @Override
        public void done() {}
      };
    }
    return new Progress() {
      private int done;

      @Override
      public void next(String config) {
        done++;
        int width = 30;
        int filled = width * done / total;
        err.print(
            "\r["
                + "#".repeat(filled)
                + " ".repeat(width - filled)
                + "] "
                + done
                + "/"
                + total
                + " "
                + Path.of(config).getFileName()
                + "\033[K");
        err.flush();
      }

      @Override
      public void done() {
        err.print("\r\033[K");
        err.flush();
      }
    };
  }
}
