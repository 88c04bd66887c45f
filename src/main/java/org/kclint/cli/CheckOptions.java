package org.kclint.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.kclint.check.CheckRequest;
import org.kclint.check.KconfigSource;
import org.kclint.check.ProjectInputs;
import org.kclint.check.ProjectSettings;
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
   * The request these options make over a settings file's: its rule packs and scenario folders
   * before the command line's, its tree, board, include folders and kernel release where the
   * command line names none.
   */
  CheckRequest request(
      Optional<KconfigTreeOptions> tree, ScenarioOptions scenarios, ProjectSettings project) {
    ProjectInputs inputs = project.inputs();
    CheckRequest request =
        CheckRequest.defaults()
            .withDefconfig(defconfig)
            .withBoard(inputs.withDefaults(board.source(Optional.ofNullable(boardDts))))
            .withRules(rules.withProjectPacks(project.rules()), scenarios.dirs(inputs));
    Optional<KconfigSource> source = KconfigTreeOptions.source(spec.commandLine(), tree, inputs);
    if (source.isPresent()) {
      request = request.withTree(source.get());
    }
    // The file's release is checked where it is written; only the command line's can be wrong here.
    Optional<String> release = Optional.ofNullable(kernelVersion).or(inputs::kernelVersion);
    if (release.isPresent()) {
      try {
        request = request.withKernelVersion(release.get());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--kernel-version: " + e.getMessage());
      }
    }
    return request;
  }
}
