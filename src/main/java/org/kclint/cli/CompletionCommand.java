package org.kclint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kclint completion}: the bash/zsh completion script picocli generates from the commands.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    header = "Print a bash completion script.",
    description = {
      "Print a bash completion script for kclint (zsh reads it too, after "
          + "'autoload -U +X bashcompinit && bashcompinit').",
      "",
      "The script completes the command 'kclint': put a wrapper of that name on your PATH."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  source <(java -jar target/kclint.jar completion)       # this shell",
      "  java -jar target/kclint.jar completion \\",
      "      > ~/.local/share/bash-completion/completions/kclint"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("kclint", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
