package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kclint.model.ExplorationLimits;
import org.kclint.report.FindingCap;
import org.kclint.rules.KernelVersion;

/**
 * Everything a check reads besides the configs' text: how to resolve them, the board, the rule
 * packs and scenarios, the kernel version, the model's limits and what to report.
 *
 * @param inputs the configs {@link CheckSession#checkAll} checks; none means the bundled example
 * @param tree the Kconfig tree to resolve each config against, as conf would; without one the rules
 *     run on the values as given
 * @param defconfig treat each config as a minimal one ({@code conf --defconfig})
 * @param board the board every config is checked on
 * @param builtBoards check each config on every device tree it builds instead (needs a tree)
 * @param rulePacks folders of rules added to the shipped catalogue, later ones winning
 * @param scenarioDirs folders of model scenarios added to the shipped ones
 * @param kernelVersion the kernel release; when empty, the config's header or KERNELVERSION
 * @param limits how far the model explores a scenario behind a finding
 * @param policy severity settings, failure threshold and baseline
 * @param maxFindings findings of one rule shown per config, the rest summed up in one
 */
public record CheckRequest(
    ImmutableList<ConfigSource> inputs,
    Optional<KconfigSource> tree,
    boolean defconfig,
    BoardSource board,
    boolean builtBoards,
    ImmutableList<Path> rulePacks,
    ImmutableList<Path> scenarioDirs,
    Optional<KernelVersion> kernelVersion,
    ExplorationLimits limits,
    Policy policy,
    int maxFindings) {

  public CheckRequest {
    if (maxFindings < 1) {
      throw new IllegalArgumentException("maxFindings must be positive: " + maxFindings);
    }
    if (builtBoards && (tree.isEmpty() || board.dts().isPresent())) {
      throw new IllegalArgumentException("checking the boards built needs a tree and no board");
    }
  }

  /**
   * The files the run reads that a user names: the configs, the board's device tree and facts, the
   * toolchain profile, the baseline. An output must be none of them.
   */
  public ImmutableList<Path> namedFiles() {
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    inputs.forEach(c -> c.path().ifPresent(files::add));
    board.dts().ifPresent(files::add);
    board.factsFile().ifPresent(files::add);
    tree.flatMap(KconfigSource::toolchain).ifPresent(files::add);
    policy.baseline().ifPresent(files::add);
    return files.build();
  }

  /** The bundled example, no tree, no board, the shipped rules, the default limits and policy. */
  public static CheckRequest defaults() {
    return new CheckRequest(
        ImmutableList.of(),
        Optional.empty(),
        false,
        BoardSource.NONE,
        false,
        ImmutableList.of(),
        ImmutableList.of(),
        Optional.empty(),
        ExplorationLimits.DEFAULT,
        Policy.DEFAULT,
        FindingCap.DEFAULT);
  }

  public CheckRequest withInputs(List<ConfigSource> list) {
    return new CheckRequest(
        ImmutableList.copyOf(list),
        tree,
        defconfig,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        policy,
        maxFindings);
  }

  public CheckRequest withTree(KconfigSource source) {
    return new CheckRequest(
        inputs,
        Optional.of(source),
        defconfig,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        policy,
        maxFindings);
  }

  /** Read each config as a minimal one, as {@code conf --defconfig} does. */
  public CheckRequest withDefconfig(boolean minimal) {
    return new CheckRequest(
        inputs,
        tree,
        minimal,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        policy,
        maxFindings);
  }

  public CheckRequest withBoard(BoardSource source) {
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        source,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        policy,
        maxFindings);
  }

  /** Check each config on every device tree it builds, as the kernel's dts Makefile lists them. */
  public CheckRequest onBuiltBoards() {
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        board,
        true,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        policy,
        maxFindings);
  }

  public CheckRequest withRules(List<Path> packs, List<Path> scenarios) {
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        board,
        builtBoards,
        ImmutableList.copyOf(packs),
        ImmutableList.copyOf(scenarios),
        kernelVersion,
        limits,
        policy,
        maxFindings);
  }

  /**
   * @param release a kernel release such as 2.6.35 or 6.1.192
   * @throws IllegalArgumentException when it is not one
   */
  public CheckRequest withKernelVersion(String release) {
    KernelVersion version =
        KernelVersion.parse(release)
            .orElseThrow(() -> new IllegalArgumentException("not a kernel release: " + release));
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        Optional.of(version),
        limits,
        policy,
        maxFindings);
  }

  /** Explore a scenario behind a finding to at most these many states and steps. */
  public CheckRequest withLimits(int maxStates, int maxDepth) {
    ExplorationLimits bounds = new ExplorationLimits(maxStates, maxDepth);
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        bounds,
        policy,
        maxFindings);
  }

  public CheckRequest withPolicy(Policy settings) {
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        settings,
        maxFindings);
  }

  /** Show at most {@code max} findings of one rule about one config (see {@link FindingCap}). */
  public CheckRequest withMaxFindings(int max) {
    return new CheckRequest(
        inputs,
        tree,
        defconfig,
        board,
        builtBoards,
        rulePacks,
        scenarioDirs,
        kernelVersion,
        limits,
        policy,
        max);
  }
}
