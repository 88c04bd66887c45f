package org.kclint.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;
import org.kclint.lsp.ServerMain;
import picocli.CommandLine.Command;

/** {@code kclint lsp}: the language server, on standard input and output. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    header = "Run kclint as a language server for .config, defconfig and Kconfig files.",
    description = {
      "Speak the Language Server Protocol on standard input and output: check's findings as "
          + "diagnostics with their fixes as code actions, hover, completion and definition for "
          + "symbols. Settings come from the client's initialization options: kconfig, arch, "
          + "toolchain, env, board, include, rules, kernelVersion (README, In the editor)."
    },
    footerHeading = "%nExample (what an editor runs; see editors/ for VS Code and Neovim):%n",
    footer = {"  java -jar kclint.jar lsp"})
final class LspCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // The protocol owns the process's own streams: nothing else may write to standard output.
    return ServerMain.serve(
        new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
  }
}
