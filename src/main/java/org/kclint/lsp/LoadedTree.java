package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kclint.config.DotConfig;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.Symbol;
import org.kclint.resolve.Resolver;

/**
 * A workspace's Kconfig tree as the server holds it, read once (from the user's tree cache when it
 * holds the tree, as the commands read it): the tree, its resolver, what the reader said about each
 * Kconfig file, and the choice each symbol belongs to.
 *
 * @param root the tree root, absolute
 * @param tree empty when reading failed (the failure is among {@code problems})
 * @param problems by Kconfig file, relative to {@code root}
 * @param environment the variables {@code source} lines may read: the workspace's, then ARCH,
 *     SRCARCH and srctree
 */
record LoadedTree(
    Path root,
    Optional<KconfigTree> tree,
    Optional<Resolver> resolver,
    ImmutableListMultimap<String, TreeProblem> problems,
    ImmutableMap<String, MenuNode> choices,
    ImmutableMap<String, String> environment) {

  /**
   * The tree a check session read, or, with {@code tree} empty, the reading that failed.
   *
   * @param settings the workspace's, for the variables {@code source} lines read
   * @param problems the reader's warnings and the error that stopped it, if any
   */
  static LoadedTree of(
      WorkspaceSettings settings,
      Optional<KconfigTree> tree,
      Optional<Resolver> resolver,
      List<TreeProblem> problems) {
    Path root = settings.inputs().kconfig().orElseThrow().toAbsolutePath().normalize();
    ImmutableListMultimap.Builder<String, TreeProblem> byFile = ImmutableListMultimap.builder();
    problems.forEach(p -> byFile.put(p.position().file(), p));
    Map<String, MenuNode> choices = new HashMap<>();
    tree.ifPresent(t -> collectChoices(t.root(), null, choices));
    Map<String, String> variables = new HashMap<>(settings.inputs().env());
    variables.put("ARCH", settings.inputs().arch());
    variables.put("SRCARCH", settings.inputs().arch());
    variables.putIfAbsent("srctree", root.toString());
    return new LoadedTree(
        root,
        tree,
        resolver,
        byFile.build(),
        ImmutableMap.copyOf(choices),
        ImmutableMap.copyOf(variables));
  }

  private static void collectChoices(MenuNode node, MenuNode choice, Map<String, MenuNode> out) {
    if (choice != null && node.definesSymbol()) {
      node.symbol().ifPresent(s -> out.putIfAbsent(s, choice));
    }
    MenuNode inner = node.kind() == MenuNode.Kind.CHOICE ? node : choice;
    node.children().forEach(c -> collectChoices(c, inner, out));
  }

  Optional<Symbol> symbol(String name) {
    return tree.flatMap(t -> t.symbol(name));
  }

  /** The choice {@code name} is a member of, if any. */
  Optional<MenuNode> choiceOf(String name) {
    return Optional.ofNullable(choices.get(name));
  }

  /** A Kconfig position's file as a path. */
  Path file(String relative) {
    return root.resolve(relative);
  }

  /** The file's name relative to the tree root, as positions name it; empty when outside. */
  Optional<String> relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(root) ? Optional.of(root.relativize(abs).toString()) : Optional.empty();
  }

  /** menuconfig's help page for {@code name}, with the values conf reads from {@code config}. */
  Optional<String> help(DotConfig config, String name) {
    return resolver.flatMap(r -> r.help(config, name));
  }

  /**
   * Why conf gives {@code name} its value when it reads {@code config}, as {@code diff} says it.
   */
  Optional<String> reason(DotConfig config, String name) {
    return resolver.map(r -> r.reasons(config, List.of(name)).get(name));
  }

  static DotConfig noConfig() {
    return new DotConfig("(defaults)", ImmutableList.of());
  }
}
