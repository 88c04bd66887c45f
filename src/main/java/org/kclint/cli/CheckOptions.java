package org.kclint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kclint.check.CheckRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code check} and {@code trace RULE} read besides the configs themselves: how to resolve
 * them, the board, the kernel version and the rule packs.
 */
final class CheckOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--defconfig",
      description = "Treat IN.config as a minimal config (conf --defconfig).")
  boolean defconfig;

  @Option(
      names = "--kernel-version",
      paramLabel = "V",
      description = "The kernel release the config is for, e.g. 2.6.35 or 6.1.192.")
  String kernelVersion;

  @Option(
      names = "--board",
      paramLabel = "FILE.dts",
      description =
          "The board's device tree source, read as the kernel's build reads it (-I folders).")
  Path boardDts;

  @Mixin BoardOptions board;

  @Mixin RulePacks rules;

  /**
   * The request these options make, with the rule packs of a settings file before the command
   * line's.
   */
  CheckRequest request(
      Optional<KconfigTreeOptions> tree, ScenarioOptions scenarios, List<Path> projectPacks) {
    CheckRequest request =
        CheckRequest.defaults()
            .withDefconfig(defconfig)
            .withBoard(board.source(Optional.ofNullable(boardDts)))
            .withRules(rules.withProjectPacks(projectPacks), scenarios.dirs);
    if (tree.isPresent()) {
      request = request.withTree(tree.get().source());
    }
    if (kernelVersion != null) {
      try {
        request = request.withKernelVersion(kernelVersion);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--kernel-version: " + e.getMessage());
      }
    }
    return request;
  }
}
