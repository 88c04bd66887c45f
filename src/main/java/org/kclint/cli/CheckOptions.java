package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.kclint.board.DeviceTree;
import org.kclint.board.TreeFacts;
import org.kclint.model.Limits;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.report.Finding;
import org.kclint.report.KconfigFindings;
import org.kclint.resolve.Resolver;
import org.kclint.rules.BoardFactLookup;
import org.kclint.rules.Catalogue;
import org.kclint.rules.ConfigInput;
import org.kclint.rules.ConfigResolver;
import org.kclint.rules.Facts;
import org.kclint.rules.KconfigResolution;
import org.kclint.rules.KernelVersion;
import org.kclint.rules.RuleEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code check} and {@code trace RULE} read besides the configs themselves: how to resolve
 * them, the board, the kernel version and the rule packs; and the evaluation of one config.
 */
final class CheckOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--defconfig", description = "Treat IN.config as a minimal config (conf --defconfig).")
  boolean defconfig;

  @Option(names = "--kernel-version", paramLabel = "V", description = "The kernel release the config is for, e.g. 2.6.35 or 6.1.192.")
  String kernelVersion;

  @Option(
      names = "--board",
      paramLabel = "FILE.dts",
      description = "The board's device tree source, read as the kernel's build reads it (-I folders).")
  Path boardDts;

  @Mixin BoardOptions board;

  @Mixin RulePacks rules;

  /** One config checked: conf's differences (with a tree) and the hazard rules' results. */
  record Checked(CheckInput input, ImmutableList<Finding> kconfigFindings, ImmutableList<HazardCheck.Result> hazards) {}

  /** The state shared by all configs of one run: the tree read once, the rules loaded once. */
  final class Session {
    private final Optional<Resolver> resolver;
    private final Catalogue catalogue;
    private final HazardCheck hazards;

    private Session(Optional<KconfigTreeOptions> tree, ScenarioLibrary scenarios, PrintWriter err) {
      resolver = tree.map(t -> Resolver.of(t.read(err)));
      catalogue = rules.catalogue();
      hazards = new HazardCheck(new RuleEngine(catalogue.rules()), scenarios, Limits.DEFAULT);
    }

    Catalogue catalogue() {
      return catalogue;
    }

    /** Checks {@code input}, or the bundled example of the founding case when it is empty. */
    Checked check(Optional<Path> input) {
      CheckInput in = new CheckInput(CheckInput.readConfig(input), facts(input.isEmpty()));
      ImmutableList<Finding> kconfig = ImmutableList.of();
      ConfigResolver values;
      if (resolver.isPresent()) {
        Resolver.Mode mode = defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
        kconfig = KconfigFindings.of(resolver.get().check(in.config().config(), mode).issues());
        values = new KconfigResolution(resolver.get(), in.config().config(), mode);
      } else {
        values = ConfigResolver.asGiven(in.config().symbols());
      }
      RuleEngine.Input ruleInput =
          new RuleEngine.Input(
              in.config().config().file(), values, in.config()::line, in.facts(), version(in.config()));
      return new Checked(in, kconfig, hazards.run(ruleInput));
    }
  }

  Session session(Optional<KconfigTreeOptions> tree, ScenarioLibrary scenarios, PrintWriter err) {
    return new Session(tree, scenarios, err);
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
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(), "--kernel-version: not a kernel release: " + kernelVersion)));
    }
    return config
        .headerVersion()
        .or(() -> Optional.ofNullable(System.getenv("KERNELVERSION")).flatMap(KernelVersion::parse));
  }
}
