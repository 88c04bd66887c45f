package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.TreeSet;
import org.kclint.diag.Position;

/**
 * What a merged device tree says about the board, read the way the kernel and fdtget read the blob:
 * the root's model and compatible list (most specific first), the CPU nodes under {@code /cpus},
 * the enable-method, the outer cache controller, the root's cell sizes and every memory node's
 * {@code reg}, and where the root node is.
 */
public record TreeFacts(
    String file,
    Optional<Located<String>> model,
    Optional<Located<String>> compatible,
    ImmutableList<String> compatibles,
    Optional<Located<String>> l2Cache,
    ImmutableList<Cpu> cpus,
    Optional<Located<String>> enableMethod,
    Optional<Located<Long>> addressCells,
    Optional<Located<Long>> sizeCells,
    ImmutableList<Memory> memory,
    Position root) {

  /** A value and the place in the source that gave it. */
  public record Located<T>(T value, Position position) {}

  /** A {@code device_type = "cpu"} node: its first compatible, if any. */
  public record Cpu(String name, Optional<String> compatible, Position position) {}

  /** A {@code device_type = "memory"} node's {@code reg}, as 32-bit cells. */
  public record Memory(String name, ImmutableList<Long> reg, Position position) {}

  /**
   * The outer cache controllers cache-l2x0.c's l2x0_of_init() looks for (6.1:
   * arch/arm/mm/cache-l2x0.c:1748-1758); of_find_matching_node() takes the first matching node
   * whatever its status.
   */
  private static final ImmutableList<String> L2_CACHES =
      ImmutableList.of(
          "arm,l210-cache",
          "arm,l220-cache",
          "arm,pl310-cache",
          "brcm,bcm11351-a2-pl310-cache",
          "marvell,aurora-outer-cache",
          "marvell,aurora-system-cache",
          "marvell,tauros3-cache",
          "bcm,bcm11351-a2-pl310-cache");

  public static TreeFacts of(DeviceTree tree) {
    DtNode root = tree.root();
    ImmutableList.Builder<Cpu> cpus = ImmutableList.builder();
    Optional<Located<String>> enableMethod = Optional.empty();
    Optional<DtNode> cpusNode = root.child("cpus");
    if (cpusNode.isPresent()) {
      enableMethod = string(cpusNode.get(), "enable-method");
      for (DtNode c : cpusNode.get().children()) {
        if (c.string("device_type").filter("cpu"::equals).isPresent()) {
          cpus.add(new Cpu(c.name(), c.string("compatible"), c.position()));
          if (enableMethod.isEmpty()) {
            enableMethod = string(c, "enable-method");
          }
        }
      }
    }
    ImmutableList.Builder<Memory> memory = ImmutableList.builder();
    for (DtNode c : root.children()) {
      if (c.string("device_type").filter("memory"::equals).isPresent()) {
        ImmutableList.Builder<Long> reg = ImmutableList.builder();
        Position at = c.position();
        Optional<DtProperty> p = c.property("reg");
        if (p.isPresent()) {
          for (long cell : p.get().cells()) {
            reg.add(cell);
          }
          at = p.get().position();
        }
        memory.add(new Memory(c.name(), reg.build(), at));
      }
    }
    return new TreeFacts(
        tree.file(),
        string(root, "model"),
        string(root, "compatible"),
        root.property("compatible").map(DtProperty::strings).orElse(ImmutableList.of()),
        l2Cache(root),
        cpus.build(),
        enableMethod,
        cell(root, "#address-cells"),
        cell(root, "#size-cells"),
        memory.build(),
        root.position());
  }

  /** The first node, in tree order, one of whose compatibles names an outer cache controller. */
  private static Optional<Located<String>> l2Cache(DtNode node) {
    Optional<DtProperty> compatible = node.property("compatible");
    if (compatible.isPresent()) {
      for (String c : compatible.get().strings()) {
        if (L2_CACHES.contains(c)) {
          return Optional.of(new Located<>(c, compatible.get().position()));
        }
      }
    }
    for (DtNode child : node.children()) {
      Optional<Located<String>> found = l2Cache(child);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Located<String>> string(DtNode node, String name) {
    return node.property(name)
        .flatMap(p -> p.firstString().map(s -> new Located<>(s, p.position())));
  }

  private static Optional<Located<Long>> cell(DtNode node, String name) {
    return node.property(name).flatMap(p -> p.cell().map(v -> new Located<>(v, p.position())));
  }

  /** The distinct CPU compatibles, sorted. */
  public ImmutableList<String> cpuCompatibles() {
    TreeSet<String> set = new TreeSet<>();
    cpus.forEach(c -> c.compatible().ifPresent(set::add));
    return ImmutableList.copyOf(set);
  }
}
