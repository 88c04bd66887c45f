package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.diag.Position;

/**
 * A recursive dependency conf refuses (symbol.c, sym_check_print_recursive): where it is reported
 * (null where conf could not trace it), and each link of the chain with its position and conf's
 * text ("symbol A depends on B").
 */
public record DependencyCycle(Position at, ImmutableList<Link> chain) {

  /** One link of the chain: the symbol, where the dependency is written, and conf's words. */
  public record Link(String symbol, Position position, String text) {}

  /** Exactly what conf prints on stderr for this cycle. */
  public String printed() {
    if (at == null) {
      // A cycle conf meets without finding its start on the stack.
      return "unexpected recursive dependency error\n";
    }
    StringBuilder b = new StringBuilder();
    b.append(at.file())
        .append(':')
        .append(at.line())
        .append(":error: recursive dependency detected!\n");
    for (Link link : chain) {
      b.append(link.position().file())
          .append(':')
          .append(link.position().line())
          .append(":\t")
          .append(link.text())
          .append('\n');
    }
    return b.append("For a resolution refer to Documentation/kbuild/kconfig-language.rst\n")
        .append("subsection \"Kconfig recursive dependency limitations\"\n\n")
        .toString();
  }
}
