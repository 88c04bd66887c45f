package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** How far {@code check --sweep} is: a progress line on a terminal. */
interface SweepProgress {
  void next(String config);

  void done();

  /**
   * A progress line rewritten in place on stderr, only when a sweep runs on a terminal (a CI log or
   * a pipe gets nothing).
   */
  static SweepProgress of(PrintWriter err, int total, boolean sweep) {
    if (!sweep || System.console() == null) {
      return new SweepProgress() {
        @Override
        public void next(String config) {}

        @Override
        public void done() {}
      };
    }
    return new SweepProgress() {
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
