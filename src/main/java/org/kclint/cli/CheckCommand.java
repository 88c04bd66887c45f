package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.CheckRequest;
import org.kclint.check.CheckSession;
import org.kclint.check.CheckedConfig;
import org.kclint.check.ConfigSource;
import org.kclint.check.ProjectSettings;
import org.kclint.report.FindingCap;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kclint check}: what the kernel's own tools will change in a config, and why. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Check configs against their Kconfig tree, board and hazard rules.",
    description = {
      "With --kconfig, resolve IN.config as the kernel's conf would ('conf --olddefconfig', or "
          + "with --defconfig 'conf --defconfig') and report where the result differs from what "
          + "the config asks for: unknown-symbol, value-dropped, unmet-dependency, "
          + "invalid-value, not-user-settable, choice-conflict, duplicate-assignment, "
          + "stale-config.",
      "",
      "Then run the hardware-hazard rules (`kclint rules`) on the resolved values (without "
          + "--kconfig: on the values as given) and the board's facts, each hazard backed by a "
          + "model trace. The kernel version comes from --kernel-version, the config's header, or "
          + "KERNELVERSION. With no IN.config, check the bundled example of the founding case.",
      "",
      "Exit code 1 when a finding is at or above --fail-on, 2 on a usage error, 3 when an input "
          + "cannot be read. Severity settings, waivers and the baseline: see the README."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint check                               # the bundled founding case",
      "  kclint check --kernel-version 2.6.35 --board-facts board.facts my.config",
      "  kclint check --board board.dts -I linux/include --kernel-version 2.6.35 \\",
      "      my.config",
      "  KERNELVERSION=6.1.192 kclint check --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv --format json .config",
      "  kclint check --kconfig linux --arch arm --defconfig \\",
      "      --sweep linux/arch/arm/configs",
      "  kclint check --format sarif -o kclint.sarif --severity stale-config=off \\",
      "      -Werror my.config"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Optional as a whole: without a tree the rules run on the values as given. */
  @ArgGroup(exclusive = false, heading = "Kconfig tree (optional):%n")
  KconfigTreeOptions tree;

  @Parameters(
      arity = "0..*",
      paramLabel = "IN.config",
      description = "The configs to check (default: the bundled example); the tree is read once.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--sweep",
      paramLabel = "DIR",
      description =
          "Also check every *_defconfig and *.config in DIR (repeatable), in one process; "
              + "progress on a terminal, a summary table on stderr.")
  List<Path> sweepDirs = new ArrayList<>();

  @Option(
      names = "--boards-built",
      description =
          "With --kconfig: check each config on every device tree it builds, as the "
              + "dtb-$(CONFIG_...) lists of arch/ARCH/boot/dts/Makefile choose them, each hazard "
              + "finding naming its board.")
  boolean boardsBuilt;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      defaultValue = "" + FindingCap.DEFAULT,
      converter = PositiveCount.class,
      description =
          "Show at most N findings of one rule about one config, then one saying how many more "
              + "there were, as gcc's -fmax-errors (default: ${DEFAULT-VALUE}).")
  int maxFindings;

  @Mixin CheckOptions options;

  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Mixin ReportOptions report;

  @Mixin ProjectFileOptions project;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    report.kind(); // a usage error before the tree is read, not after
    List<ConfigSource> all = new ArrayList<>(inputs.stream().map(ConfigSource::file).toList());
    sweepDirs.forEach(d -> all.addAll(ConfigSource.allIn(d)));
    ProjectSettings settings =
        project.settings(all.stream().findFirst().flatMap(ConfigSource::path));
    CheckRequest request =
        options
            .request(Optional.ofNullable(tree), scenarios, settings)
            .withInputs(all)
            .withPolicy(report.policy(settings))
            .withMaxFindings(maxFindings);
    if (boardsBuilt) {
      // The tree and board may come from .kclint: ask once both are known, before reading.
      if (request.tree().isEmpty() || request.board().dts().isPresent()) {
        throw new ParameterException(
            spec.commandLine(), "--boards-built needs --kconfig and no --board");
      }
      request = request.onBuiltBoards();
    }
    List<Path> read = new ArrayList<>(request.namedFiles());
    settings.file().ifPresent(read::add);
    report.refuseOverwriting(read);
    CheckSession session = CheckSession.open(request, err::println);
    SweepProgress progress = SweepProgress.of(err, Math.max(1, all.size()), !sweepDirs.isEmpty());
    ImmutableList<CheckedConfig> checked = session.checkAll(c -> progress.next(c.name()));
    progress.done();
    return report.emit(session, checked, !sweepDirs.isEmpty());
  }
}
