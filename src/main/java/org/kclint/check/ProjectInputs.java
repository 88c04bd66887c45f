package org.kclint.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code .kclint} says to read besides the configs: the Kconfig tree and how to read it, the
 * board, the model scenarios and the kernel release. Each is a default: what the command line (or
 * the language server's initialization options) names wins, setting by setting.
 *
 * @param kconfig the tree root; never without {@code arch}
 * @param env Kconfig variables on top of the process environment, under the command line's
 * @param includes DTS include folders, searched after the command line's
 * @param scenarios model scenario folders, loaded before the command line's (which win)
 * @param kernelVersion the kernel release the configs are for (else their header's)
 */
public record ProjectInputs(
    Optional<Path> kconfig,
    String arch,
    Optional<Path> toolchain,
    ImmutableMap<String, String> env,
    Optional<Path> board,
    ImmutableList<Path> includes,
    Optional<Path> facts,
    ImmutableList<Path> scenarios,
    Optional<String> kernelVersion) {

  public static final ProjectInputs NONE =
      new ProjectInputs(
          Optional.empty(),
          "",
          Optional.empty(),
          ImmutableMap.of(),
          Optional.empty(),
          ImmutableList.of(),
          Optional.empty(),
          ImmutableList.of(),
          Optional.empty());

  /** Settings that name a tree alone, as a command line's tree options do. */
  public static ProjectInputs ofTree(
      Optional<Path> kconfig, String arch, Optional<Path> toolchain, Map<String, String> env) {
    return new ProjectInputs(
        kconfig,
        arch,
        toolchain,
        ImmutableMap.copyOf(env),
        Optional.empty(),
        ImmutableList.of(),
        Optional.empty(),
        ImmutableList.of(),
        Optional.empty());
  }

  /**
   * These settings over {@code file}'s: each one given here wins; the variables are merged (ours
   * win), our include folders are searched first, and our scenario folders are loaded last (so that
   * they win).
   */
  public ProjectInputs over(ProjectInputs file) {
    Map<String, String> variables = new LinkedHashMap<>(file.env);
    variables.putAll(env);
    return new ProjectInputs(
        kconfig.or(file::kconfig),
        arch.isEmpty() ? file.arch : arch,
        toolchain.or(file::toolchain),
        ImmutableMap.copyOf(variables),
        board.or(file::board),
        ImmutableList.<Path>builder().addAll(includes).addAll(file.includes).build(),
        facts.or(file::facts),
        ImmutableList.<Path>builder().addAll(file.scenarios).addAll(scenarios).build(),
        kernelVersion.or(file::kernelVersion));
  }

  /**
   * The tree these settings name (its root absolute), read through the default parsed-tree cache.
   */
  public Optional<KconfigSource> tree() {
    return kconfig.map(
        k ->
            withDefaults(
                KconfigSource.of(k.toAbsolutePath().normalize(), arch)
                    .withCache(KconfigSource.defaultCache())));
  }

  /**
   * {@code given} (a tree the command line names) with these variables under its own, and this
   * toolchain profile when it names none.
   */
  public KconfigSource withDefaults(KconfigSource given) {
    Map<String, String> variables = new LinkedHashMap<>(env);
    variables.putAll(given.env());
    KconfigSource source = given.withEnv(variables);
    return given.toolchain().isPresent()
        ? source
        : toolchain.map(source::withToolchain).orElse(source);
  }

  /**
   * {@code given} (the command line's board) with this board, include folders and facts under it.
   */
  public BoardSource withDefaults(BoardSource given) {
    return new BoardSource(
        given.dts().or(() -> board),
        ImmutableList.<Path>builder().addAll(given.includeDirs()).addAll(includes).build(),
        given.factsFile().or(() -> facts),
        given.allowOutsideIncludes());
  }
}
