package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.TreeSet;
import org.kclint.diag.Position;

/**
 * What a merged device tree says about the board, read the way the kernel and fdtget read the blob:
 * the root's model and compatible, the CPU nodes under {@code /cpus}, the enable-method, the root's
 * cell sizes and every memory node's {@code reg}.
 */
public record TreeFacts(
    String file,
    Optional<Located<String>> model,
    Optional<Located<String>> compatible,
    ImmutableList<Cpu> cpus,
    Optional<Located<String>> enableMethod,
    Optional<Located<Long>> addressCells,
    Optional<Located<Long>> sizeCells,
    ImmutableList<Memory> memory) {

  /** A value and the place in the source that gave it. */
  public record Located<T>(T value, Position position) {}

  /** A {@code device_type = "cpu"} node: its first compatible, if any. */
  public record Cpu(String name, Optional<String> compatible, Position position) {}

  /** A {@code device_type = "memory"} node's {@code reg}, as 32-bit cells. */
  public record Memory(String name, ImmutableList<Long> reg, Position position) {}

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
        cpus.build(),
        enableMethod,
        cell(root, "#address-cells"),
        cell(root, "#size-cells"),
        memory.build());
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
