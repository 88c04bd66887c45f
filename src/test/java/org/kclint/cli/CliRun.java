package org.kclint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the kclint command line in-process: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
