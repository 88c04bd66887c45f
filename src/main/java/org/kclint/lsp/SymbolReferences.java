package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.ReverseDependency;

/**
 * The Kconfig lines that mention a symbol: the {@code select} and {@code imply} lines naming it,
 * and the {@code depends on} lines of entries whose dependencies read it. The tree keeps an entry's
 * {@code depends on} lines as one expression, so their lines are found in the entry's text.
 */
final class SymbolReferences {
  private static final Pattern ENTRY_START =
      Pattern.compile(
          "^\\s*(config|menuconfig|choice|endchoice|menu|endmenu|comment|if|endif|source)\\b");

  private final LoadedTree tree;
  private final Map<String, List<String>> lines = new HashMap<>();

  SymbolReferences(LoadedTree tree) {
    this.tree = tree;
  }

  ImmutableList<Position> of(String name) {
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    tree.tree().ifPresent(t -> walk(t.root(), name, out));
    return out.build();
  }

  private void walk(MenuNode node, String name, ImmutableList.Builder<Position> out) {
    for (ReverseDependency r : node.selects()) {
      if (r.target().equals(name)) {
        out.add(r.position());
      }
    }
    for (ReverseDependency r : node.implies()) {
      if (r.target().equals(name)) {
        out.add(r.position());
      }
    }
    if (node.kind() != MenuNode.Kind.IF && mentions(node.dependsOn(), name)) {
      dependsLines(node.position(), name).forEach(out::add);
    }
    node.children().forEach(c -> walk(c, name, out));
  }

  /** The {@code depends on} lines mentioning {@code name} in the entry starting at {@code at}. */
  private List<Position> dependsLines(Position at, String name) {
    List<String> text = lines.computeIfAbsent(at.file(), this::read);
    Pattern depends = Pattern.compile("^\\s*depends\\s+on\\b.*\\b" + Pattern.quote(name) + "\\b");
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    for (int i = at.line(); i < text.size(); i++) {
      String line = text.get(i);
      if (ENTRY_START.matcher(line).find()) {
        break;
      }
      if (depends.matcher(line).find()) {
        out.add(new Position(at.file(), i + 1, 0));
      }
    }
    return out.build();
  }

  private List<String> read(String file) {
    try {
      return new String(InputFiles.read(tree.file(file)), StandardCharsets.ISO_8859_1)
          .lines()
          .toList();
    } catch (InputException e) {
      return List.of();
    }
  }

  static boolean mentions(Expr e, String name) {
    if (e instanceof Expr.Sym s) {
      return s.name().equals(name);
    }
    if (e instanceof Expr.Not n) {
      return mentions(n.operand(), name);
    }
    if (e instanceof Expr.And a) {
      return mentions(a.left(), name) || mentions(a.right(), name);
    }
    if (e instanceof Expr.Or o) {
      return mentions(o.left(), name) || mentions(o.right(), name);
    }
    if (e instanceof Expr.Compare c) {
      return mentions(c.left(), name) || mentions(c.right(), name);
    }
    return false;
  }
}
