package org.kclint.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import com.google.common.collect.TreeMultiset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.kclint.board.DtbTargets;
import org.kclint.board.parse.DtbMakefileReader;
import org.kclint.diag.LocatedMessage;
import org.kclint.kconfig.KconfigTree;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.report.ConfigFindings;
import org.kclint.report.Finding;
import org.kclint.report.FindingCap;
import org.kclint.report.KconfigFindings;
import org.kclint.report.RuleInfo;
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
import org.kclint.rules.parse.RuleFiles;

/**
 * The state shared by all configs of one run: the tree read once, the rules and scenarios loaded
 * once, each board's facts read once. Check as many configs as you like with {@link #check}, then
 * turn the results into a report with {@link #report}.
 */
public final class CheckSession {
  private final CheckRequest request;
  private final Consumer<String> warnings;
  private final Optional<KconfigTree> tree;
  private final Optional<Resolver> resolver;

  /** What conf says about the tree itself, reported once whatever the configs. */
  private final ImmutableList<Finding> treeFindings;

  private final Catalogue catalogue;
  private final HazardCheck hazards;
  private final HazardCheck quickHazards;
  private final BoardReader boards;
  private final Optional<DtbTargets> builtBoards;
  private final Map<Path, Optional<Facts>> builtBoardFacts = new HashMap<>();
  private Facts givenBoard;
  private Facts exampleBoard;

  private CheckSession(CheckRequest request, Consumer<String> warnings) {
    this.request = request;
    this.warnings = warnings;
    ScenarioLibrary scenarios = ScenarioLibrary.of(request.scenarioDirs());
    // conf's own warnings about the tree become findings at their Kconfig lines; the rest of
    // what reading says (kclint's notes on the toolchain profile, $(warning-if)) is printed.
    List<LocatedMessage> confWarnings = new ArrayList<>();
    Consumer<String> reading =
        line -> {
          Optional<LocatedMessage> m =
              LocatedMessage.parse(line).filter(LocatedMessage::isConfWarning);
          if (m.isPresent()) {
            confWarnings.add(m.get());
          } else {
            warnings.accept(line);
          }
        };
    tree = request.tree().map(t -> t.read(reading));
    resolver = tree.map(Resolver::of);
    treeFindings =
        resolver
            .map(r -> KconfigFindings.ofTree(confWarnings, r.treeWarnings(), r.cycles()))
            .orElse(ImmutableList.of());
    catalogue =
        request.rulePacks().isEmpty()
            ? RuleFiles.shipped()
            : RuleFiles.withFolders(request.rulePacks());
    hazards = new HazardCheck(new RuleEngine(catalogue.rules()), scenarios, request.limits());
    quickHazards = hazards.withoutFixes();
    BoardSource board = request.board();
    if (request.builtBoards()) {
      KconfigSource tree = request.tree().orElseThrow();
      board = board.withTreeIncludes(tree.root(), tree.arch());
      builtBoards =
          Optional.of(DtbMakefileReader.read(BoardSource.dtsFolder(tree.root(), tree.arch())));
    } else {
      builtBoards = Optional.empty();
    }
    boards = new BoardReader(board);
  }

  /**
   * Reads the tree (when the request names one) and loads the rules and scenarios.
   *
   * @param warnings receives what the kernel's tools would print as warnings, and notes about
   *     boards left unchecked
   */
  public static CheckSession open(CheckRequest request, Consumer<String> warnings) {
    return new CheckSession(request, warnings);
  }

  /**
   * What conf says about the tree itself (its warnings about the Kconfig files and the recursive
   * dependencies), as findings at their Kconfig lines; {@link #report} reports them once.
   */
  public ImmutableList<Finding> treeFindings() {
    return treeFindings;
  }

  public CheckRequest request() {
    return request;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The Kconfig tree read, when the request names one (an editor's hover and definitions). */
  public Optional<KconfigTree> tree() {
    return tree;
  }

  /** The tree's resolver, shared with the checks: it serves one config at a time. */
  public Optional<Resolver> resolver() {
    return resolver;
  }

  /**
   * Every check this session runs, for a report's rule metadata: the checks of the config's text,
   * the Kconfig checks only with a tree (a JUnit report must not show checks that never ran as
   * passed), then the catalogue's, then the note on undecided rules.
   */
  public ImmutableList<RuleInfo> rules() {
    return ImmutableList.<RuleInfo>builder()
        .addAll(ConfigFindings.rules())
        .addAll(resolver.isEmpty() ? ImmutableList.of() : KconfigFindings.rules())
        .addAll(catalogue.rules().stream().map(RuleInfo::of).iterator())
        .addAll(RuleInfo.checks(RuleInfo.FACTS))
        .build();
  }

  /** Checks the request's inputs, or the bundled example when it names none. */
  public ImmutableList<CheckedConfig> checkAll(Consumer<ConfigSource> onEach) {
    List<ConfigSource> inputs =
        request.inputs().isEmpty() ? List.of(ConfigSource.example()) : request.inputs();
    ImmutableList.Builder<CheckedConfig> out = ImmutableList.builder();
    for (ConfigSource input : inputs) {
      onEach.accept(input);
      out.add(check(input));
    }
    return out.build();
  }

  /** Checks one config against the tree, the board and the rules this session holds. */
  public CheckedConfig check(ConfigSource input) {
    return check(input, request.defconfig());
  }

  /**
   * Checks one config, read as a minimal one ({@code conf --defconfig}) or not whatever the request
   * says: an editor's session serves {@code .config} files and defconfigs alike.
   */
  public CheckedConfig check(ConfigSource input, boolean minimal) {
    return check(input, minimal, true);
  }

  /**
   * As above; without {@code proveFixes} the hazards offer no fixes and reject none, for an editor
   * that checks each keystroke and proves the fixes when the user asks for them.
   */
  public CheckedConfig check(ConfigSource input, boolean minimal, boolean proveFixes) {
    HazardCheck hazards = proveFixes ? this.hazards : quickHazards;
    ConfigInput config = input.read();
    Stream<Finding> kconfig = ConfigFindings.of(config.config()).stream();
    ConfigResolver values;
    // conf resolves no config on a tree with a recursive dependency (a tree finding says so):
    // the rules then see the values as given.
    if (resolver.isPresent() && resolver.get().cycles().isEmpty()) {
      Resolver.Mode mode = minimal ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
      Resolution checked = resolver.get().check(config.config(), mode);
      kconfig =
          Stream.concat(
              kconfig, openable(KconfigFindings.of(checked.issues()), config.config().file()));
      values = new KconfigResolution(resolver.get(), config.config(), mode, checked.output());
    } else {
      values = ConfigResolver.asGiven(config.symbols());
    }
    ImmutableList<Finding> shown = FindingCap.of(kconfig::iterator, request.maxFindings());
    Optional<KernelVersion> version = version(config);
    ImmutableList.Builder<CheckedConfig.OnBoard> results = ImmutableList.builder();
    if (builtBoards.isPresent()) {
      SymbolValues resolved = values.resolve(Map.of());
      Predicate<String> builtIn = s -> resolved.value(s).filter("y"::equals).isPresent();
      Multiset<String> unbootable = TreeMultiset.create();
      for (DtbTargets.Target dtb : builtBoards.get().builtBy(builtIn)) {
        Optional<Facts> facts =
            builtBoardFacts.computeIfAbsent(dtb.source(), d -> builtBoardFacts(dtb));
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
        hazards
            .run(on)
            .forEach(r -> results.add(new CheckedConfig.OnBoard(Optional.of(dtb.source()), r)));
      }
      for (Multiset.Entry<String> e : unbootable.entrySet()) {
        warnings.accept(
            config.config().file()
                + ": note: "
                + e.getCount()
                + " of the boards it builds not checked: their core needs "
                + e.getElement()
                + ", which this config does not build");
      }
    } else {
      RuleEngine.Input on =
          new RuleEngine.Input(
              config.config().file(), values, config::line, facts(input.isExample()), version);
      hazards.run(on).forEach(r -> results.add(new CheckedConfig.OnBoard(Optional.empty(), r)));
    }
    return new CheckedConfig(input, config, shown, results.build(), request.policy().undecided());
  }

  /**
   * The findings with each position in a Kconfig file (stale-config names the symbol's definition)
   * named as an editor can open it from here: under the tree root as the user gave it, where conf
   * names it relative to the root.
   */
  private Stream<Finding> openable(Stream<Finding> findings, String configFile) {
    KconfigSource tree = request.tree().orElseThrow();
    return findings.map(
        f ->
            f.position().file().equals(configFile)
                ? f
                : f.withPosition(tree.openable(f.position())));
  }

  /**
   * The run's report: every config's findings through its waivers, the severity settings and the
   * baseline of the request's policy.
   */
  public CheckReport report(List<CheckedConfig> checked) {
    return FindingFilter.report(request.policy(), treeFindings, checked, rules(), warnings);
  }

  /**
   * A built board's facts; empty, with a warning, when the tree lacks its source (make would stop
   * there; the other boards can still be checked).
   */
  private Optional<Facts> builtBoardFacts(DtbTargets.Target dtb) {
    if (!Files.isRegularFile(dtb.source())) {
      warnings.accept(
          dtb.position()
              + ": warning: "
              + dtb.source().getFileName()
              + " is not in the tree: board not checked");
      return Optional.empty();
    }
    return Optional.of(new BoardFactLookup(boards.facts(dtb.source())));
  }

  /**
   * The board's facts: from its device tree (and the override file over them), from the override
   * file alone, or, for the bundled example, from its own board; unknown when no board is given.
   */
  private Facts facts(boolean example) {
    BoardSource board = request.board();
    if (board.dts().isPresent()) {
      if (givenBoard == null) {
        givenBoard = new BoardFactLookup(boards.facts(board.dts().get()));
      }
      return givenBoard;
    }
    if (example) {
      if (exampleBoard == null) {
        Path name = Path.of(ConfigSource.EXAMPLE + ConfigSource.EXAMPLE_BOARD);
        exampleBoard =
            new BoardFactLookup(
                boards.facts(name, ConfigSource.example(ConfigSource.EXAMPLE_BOARD)));
      }
      return exampleBoard;
    }
    return board.factsFile().isEmpty()
        ? Facts.NONE
        : new BoardFactLookup(boards.factsWithoutTree());
  }

  /**
   * The request's kernel version, else the config's header, else KERNELVERSION as the tree reads it
   * (the environment with the tree's variables on top).
   */
  private Optional<KernelVersion> version(ConfigInput config) {
    if (request.kernelVersion().isPresent()) {
      return request.kernelVersion();
    }
    return config.headerVersion().or(this::environmentVersion);
  }

  /** KERNELVERSION as the tree reads it: asked only without a header (it reads the profile). */
  private Optional<KernelVersion> environmentVersion() {
    Map<String, String> environment =
        request.tree().map(KconfigSource::environment).orElseGet(System::getenv);
    return Optional.ofNullable(environment.get("KERNELVERSION")).flatMap(KernelVersion::parse);
  }
}
