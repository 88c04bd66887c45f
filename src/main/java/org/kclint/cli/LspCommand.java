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
    description = {
      "Run kclint as a language server (LSP over standard input and output) for .config files,",
      "defconfig fragments and Kconfig files. Settings come from the client's initialization",
      "options: kconfig, arch, toolchain, env, board, include, rules, kernelVersion (see the",
      "README, In the editor)."
    })
final class LspCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // The protocol owns the process's own streams: nothing else may write to standard output.
    return ServerMain.serve(
        new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
  }
}
