package org.kclint.kconfig.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;

/** Reads the small trees under testdata/kconfig/ and finds things in them. */
final class TestTrees {
  static final Path ROOT = Path.of("testdata/kconfig");

  private TestTrees() {}

  static KconfigOptions options(String tree, List<String> warnings) {
    return KconfigOptions.of(ROOT.resolve(tree), "arm").withWarnings(warnings::add);
  }

  static KconfigTree read(String tree) {
    return KconfigReader.read(options(tree, new ArrayList<>()));
  }

  /** The entries of the tree in file order (pre-order), the root left out. */
  static List<MenuNode> entries(KconfigTree tree) {
    List<MenuNode> entries = new ArrayList<>();
    collect(tree.root(), entries);
    return entries;
  }

  private static void collect(MenuNode node, List<MenuNode> entries) {
    for (MenuNode child : node.children()) {
      entries.add(child);
      collect(child, entries);
    }
  }

  /** The first entry of the given kind whose prompt text is {@code prompt}. */
  static MenuNode prompted(KconfigTree tree, String prompt) {
    return entries(tree).stream()
        .filter(n -> n.prompt().map(p -> p.text().equals(prompt)).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry with prompt " + prompt));
  }
}
