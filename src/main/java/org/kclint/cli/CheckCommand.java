package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.board.DeviceTree;
import org.kclint.board.TreeFacts;
import org.kclint.model.Limits;
import org.kclint.report.Finding;
import org.kclint.report.RuleInfo;
import org.kclint.rules.BoardFactLookup;
import org.kclint.rules.Catalogue;
import org.kclint.rules.ConfigInput;
import org.kclint.rules.ConfigResolver;
import org.kclint.rules.Facts;
import org.kclint.rules.KconfigResolution;
import org.kclint.rules.KernelVersion;
import org.kclint.rules.RuleEngine;
import org.kclint.report.KconfigFindings;
import org.kclint.resolve.Resolver;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kclint check}: what the kernel's own tools will change in a config, and why. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "With --kconfig, resolve IN.config as the kernel's conf would ('conf --olddefconfig', or",
      "with --defconfig 'conf --defconfig') and report where the result differs from what the",
      "config asks for: unknown-symbol, value-dropped, unmet-dependency, invalid-value,",
      "not-user-settable, choice-conflict, duplicate-assignment, stale-config.",
      "Then run the hardware-hazard rules (`kclint rules`) on the resolved values (without",
      "--kconfig: on the values as given) and the board's facts, each hazard backed by a model",
      "trace. The kernel version comes from --kernel-version, the config's header, or",
      "KERNELVERSION. With no IN.config, check the bundled example of the founding case.",
      "Exit code 1 when a finding is at or above --fail-on, 2 on a usage error, 3 when an",
      "input cannot be read. Severity settings, waivers and the baseline: see the README."
    },
    footer = {
      "",
      "Examples:",
      "  kclint check                               # the bundled founding case",
      "  kclint check --kernel-version 2.6.35 --board-facts board.facts my.config",
      "  kclint check --board board.dts -I linux/include --kernel-version 2.6.35 my.config",
      "  KERNELVERSION=6.1.192 kclint check --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv --format json .config",
      "  kclint check --format sarif -o kclint.sarif --severity stale-config=off -Werror my.config"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Optional as a whole: without a tree the rules run on the values as given. */
  @ArgGroup(exclusive = false, heading = "Kconfig tree (optional):%n")
  KconfigTreeOptions tree;

  @Option(names = "--defconfig", description = "Treat IN.config as a minimal config (conf --defconfig).")
  boolean defconfig;

  @Parameters(arity = "0..*", paramLabel = "IN.config", description = "The configs to check (default: the bundled example); the tree is read once.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--kernel-version", paramLabel = "V", description = "The kernel release the config is for, e.g. 2.6.35 or 6.1.192.")
  String kernelVersion;

  @Option(
      names = "--board",
      paramLabel = "FILE.dts",
      description = "The board's device tree source, read as the kernel's build reads it (-I folders).")
  Path boardDts;

  @Mixin BoardOptions board;

  @Mixin RulePacks rules;

  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    report.kind(); // a usage error before the tree is read, not after
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    Optional<Resolver> resolver = Optional.ofNullable(tree).map(t -> Resolver.of(t.read(err)));
    Catalogue catalogue = rules.catalogue();
    HazardCheck hazards =
        new HazardCheck(new RuleEngine(catalogue.rules()), scenarios.library(), Limits.DEFAULT);
    Map<String, Path> files = new LinkedHashMap<>();
    List<Optional<Path>> configs =
        inputs.isEmpty() ? List.of(Optional.empty()) : inputs.stream().map(Optional::of).toList();
    for (Optional<Path> input : configs) {
      CheckInput in = new CheckInput(CheckInput.readConfig(input), facts(input.isEmpty()));
      input.ifPresent(p -> files.put(in.config().config().file(), p));
      ConfigResolver values;
      if (resolver.isPresent()) {
        Resolver.Mode mode = defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
        findings.addAll(KconfigFindings.of(resolver.get().check(in.config().config(), mode).issues()));
        values = new KconfigResolution(resolver.get(), in.config().config(), mode);
      } else {
        values = ConfigResolver.asGiven(in.config().symbols());
      }
      RuleEngine.Input ruleInput =
          new RuleEngine.Input(
              in.config().config().file(), values, in.config()::line, in.facts(), version(in.config()));
      for (HazardCheck.Result r : hazards.run(ruleInput)) {
        findings.add(HazardCheck.finding(r, in.config()::line));
      }
    }
    ImmutableList<RuleInfo> ruleInfos =
        ImmutableList.<RuleInfo>builder()
            .addAll(KconfigFindings.RULES)
            .addAll(catalogue.rules().stream().map(RuleInfo::of).iterator())
            .build();
    return report.emit(files, findings.build(), ruleInfos);
  }

  /**
   * The board's facts: from --board (and --board-facts over them), from --board-facts alone,
   * or, for the bundled example, from its own board; unknown when no board is given.
   */
  private Facts facts(boolean example) {
    if (boardDts != null) {
      return new BoardFactLookup(board.facts(TreeFacts.of(board.reader().read(boardDts))));
    }
    if (example) {
      Path name = Path.of(CheckInput.EXAMPLE + CheckInput.EXAMPLE_BOARD);
      DeviceTree tree = board.reader().read(name, CheckInput.example(CheckInput.EXAMPLE_BOARD));
      return new BoardFactLookup(board.facts(TreeFacts.of(tree)));
    }
    return board.overrideFile == null ? Facts.NONE : new BoardFactLookup(board.factsWithoutTree());
  }

  /** --kernel-version, else the config's header, else KERNELVERSION. */
  private Optional<KernelVersion> version(ConfigInput config) {
    if (kernelVersion != null) {
      return Optional.of(
          KernelVersion.parse(kernelVersion)
              .orElseThrow(() -> usage("--kernel-version: not a kernel release: " + kernelVersion)));
    }
    return config.headerVersion().or(() -> Optional.ofNullable(System.getenv("KERNELVERSION")).flatMap(KernelVersion::parse));
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
