package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A board's facts as one line of the reference table (reference/dts/arm-facts.tsv: cpp + dtc +
 * fdtget). fdtget names nodes by path, and libfdt lets a path component without a unit address
 * match the first sibling with that base name; so a root child {@code memory} is read from an
 * earlier {@code memory@…} sibling, as the reference was. Everything else is read from the tree as
 * {@link TreeFacts} reads it.
 */
public final class FactsTsv {
  public static final String HEADER =
      "dts\tmodel\tcompatible\tcpus\tcpu_compatibles\tenable_method\taddress_cells\tsize_cells"
          + "\tmemory_reg\tstatus";

  private FactsTsv() {}

  /** The line for {@code tree}, first column {@code name}, without a line end. */
  public static String line(String name, DeviceTree tree) {
    TreeFacts facts = TreeFacts.of(tree);
    ImmutableList<String> columns =
        ImmutableList.of(
            name,
            facts.model().map(TreeFacts.Located::value).orElse(""),
            facts.compatible().map(TreeFacts.Located::value).orElse(""),
            Integer.toString(facts.cpus().size()),
            String.join("|", facts.cpuCompatibles()),
            facts.enableMethod().map(TreeFacts.Located::value).orElse(""),
            facts.addressCells().map(l -> Long.toString(l.value())).orElse(""),
            facts.sizeCells().map(l -> Long.toString(l.value())).orElse(""),
            memory(tree.root()),
            "ok");
    return String.join("\t", columns);
  }

  private static String memory(DtNode root) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (DtNode child : root.children()) {
      DtNode seen = byPath(root, child.name());
      if (seen.string("device_type").filter("memory"::equals).isEmpty()) {
        continue;
      }
      if (!first) {
        out.append(';');
      }
      first = false;
      Optional<DtProperty> reg = seen.property("reg");
      if (reg.isPresent()) {
        long[] cells = reg.get().cells();
        for (int i = 0; i < cells.length; i++) {
          out.append(i > 0 ? " " : "").append(Long.toHexString(cells[i]));
        }
      }
    }
    return out.toString();
  }

  /** libfdt's fdt_subnode_offset: exact name, or base name before '@' when none is given. */
  private static DtNode byPath(DtNode parent, String name) {
    for (DtNode c : parent.children()) {
      String n = c.name();
      if (n.equals(name) || (name.indexOf('@') < 0 && n.startsWith(name + "@"))) {
        return c;
      }
    }
    throw new IllegalStateException("child " + name + " vanished");
  }
}
