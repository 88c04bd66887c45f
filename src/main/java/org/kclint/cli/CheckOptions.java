package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import com.google.common.collect.TreeMultiset;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kclint.board.DeviceTree;
import org.kclint.board.DtbTargets;
import org.kclint.board.TreeFacts;
import org.kclint.board.parse.DtbMakefileReader;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.report.Finding;
import org.kclint.report.KconfigFindings;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import org.kclint.rules.BoardFactLookup;
import org.kclint.rules.Catalogue;
import org.kclint.rules.ConfigInput;
import org.kclint.rules.ConfigResolver;
import org.kclint.rules.Facts;
import org.kclint.rules.KconfigResolution;
import org.kclint.rules.KernelVersion;
import org.kclint.rules.RuleEngine;
import org.kclint.rules.RuleValue;
import org.kclint.rules.SymbolValues;
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
   * One config checked: conf's differences (with a tree) and the hazard rules' results, on the one
   * board given or on each board the config builds.
   */
  record Checked(
      ConfigInput config, ImmutableList<Finding> kconfigFindings, ImmutableList<OnBoard> hazards) {}

  /**
   * A rule's result on one board.
   *
   * @param board the device tree, when the config is checked on each board it builds
   */
  record OnBoard(Optional<Path> board, HazardCheck.Result result) {}

  /** The state shared by all configs of one run: the tree read once, the rules loaded once. */
  final class Session {
    private final Optional<Resolver> resolver;
    private final Catalogue catalogue;
    private final HazardCheck hazards;
    private final Optional<DtbTargets> builtBoards;
    private final Map<Path, Optional<Facts>> boardFacts = new HashMap<>();
    private final PrintWriter err;

    private Session(
        Optional<KconfigTreeOptions> tree,
        ScenarioLibrary scenarios,
        PrintWriter err,
        boolean onBuiltBoards) {
      this.err = err;
      resolver = tree.map(t -> Resolver.of(t.read(err)));
      catalogue = rules.catalogue();
      hazards =
          new HazardCheck(new RuleEngine(catalogue.rules()), scenarios, ExplorationLimits.DEFAULT);
      builtBoards =
          onBuiltBoards
              ? Optional.of(
                  DtbMakefileReader.read(
                      board.useTreeIncludes(tree.orElseThrow().kconfig, tree.get().arch)))
              : Optional.empty();
    }

    Catalogue catalogue() {
      return catalogue;
    }

    /**
     * A built board's facts; empty, with a warning, when the tree lacks its source (make would stop
     * there; the other boards can still be checked).
     */
    private Optional<Facts> builtBoardFacts(DtbTargets.Target dtb) {
      if (!Files.isRegularFile(dtb.source())) {
        err.println(
            dtb.position()
                + ": warning: "
                + dtb.source().getFileName()
                + " is not in the tree: board not checked");
        err.flush();
        return Optional.empty();
      }
      return Optional.of(
          new BoardFactLookup(board.facts(TreeFacts.of(board.reader().read(dtb.source())))));
    }

    /** Checks {@code input}, or the bundled example of the founding case when it is empty. */
    Checked check(Optional<Path> input) {
      ConfigInput config = CheckInput.readConfig(input);
      ImmutableList<Finding> kconfig = ImmutableList.of();
      ConfigResolver values;
      if (resolver.isPresent()) {
        Resolver.Mode mode = defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
        Resolution checked = resolver.get().check(config.config(), mode);
        kconfig = KconfigFindings.of(checked.issues());
        values = new KconfigResolution(resolver.get(), config.config(), mode, checked.output());
      } else {
        values = ConfigResolver.asGiven(config.symbols());
      }
      Optional<KernelVersion> version = version(config);
      ImmutableList.Builder<OnBoard> results = ImmutableList.builder();
      if (builtBoards.isPresent()) {
        SymbolValues resolved = values.resolve(Map.of());
        Predicate<String> builtIn = s -> resolved.value(s).filter("y"::equals).isPresent();
        Multiset<String> unbootable = TreeMultiset.create();
        for (DtbTargets.Target dtb : builtBoards.get().builtBy(builtIn)) {
          Optional<Facts> facts =
              boardFacts.computeIfAbsent(dtb.source(), d -> builtBoardFacts(dtb));
          if (facts.isEmpty()) {
            continue;
          }
          // The dtb lists follow platforms, not cores (ARCH_ASPEED builds the Cortex-A7 AST2600
          // boards into an ARM926 config): a board whose core this kernel has no support for
          // would stop at "unsupported processor variant" before any hazard could matter.
          Optional<String> cpu =
              facts
                  .get()
                  .fact("kconfigCpu")
                  .flatMap(
                      v -> v instanceof RuleValue.Str t ? Optional.of(t.text()) : Optional.empty());
          if (cpu.isPresent() && !builtIn.test(cpu.get())) {
            unbootable.add(cpu.get());
            continue;
          }
          RuleEngine.Input on =
              new RuleEngine.Input(
                  config.config().file(), values, config::line, facts.get(), version);
          hazards.run(on).forEach(r -> results.add(new OnBoard(Optional.of(dtb.source()), r)));
        }
        for (Multiset.Entry<String> e : unbootable.entrySet()) {
          err.println(
              config.config().file()
                  + ": note: "
                  + e.getCount()
                  + " of the boards it builds not checked: their core needs "
                  + e.getElement()
                  + ", which this config does not build");
        }
        err.flush();
      } else {
        RuleEngine.Input on =
            new RuleEngine.Input(
                config.config().file(), values, config::line, facts(input.isEmpty()), version);
        hazards.run(on).forEach(r -> results.add(new OnBoard(Optional.empty(), r)));
      }
      return new Checked(config, kconfig, results.build());
    }
  }

  /**
   * @param onBuiltBoards check each config on every device tree it builds (needs {@code tree})
   */
  Session session(
      Optional<KconfigTreeOptions> tree,
      ScenarioLibrary scenarios,
      PrintWriter err,
      boolean onBuiltBoards) {
    return new Session(tree, scenarios, err, onBuiltBoards);
  }

  /**
   * The board's facts: from --board (and --board-facts over them), from --board-facts alone, or,
   * for the bundled example, from its own board; unknown when no board is given.
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
                          spec.commandLine(),
                          "--kernel-version: not a kernel release: " + kernelVersion)));
    }
    return config
        .headerVersion()
        .or(
            () ->
                Optional.ofNullable(System.getenv("KERNELVERSION")).flatMap(KernelVersion::parse));
  }
}
