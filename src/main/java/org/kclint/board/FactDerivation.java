package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives board facts from a device tree and the CPU database. Core facts come from the database
 * entry of the CPU nodes' compatible; with several compatibles (big.LITTLE) a fact is known only
 * where every core's entry records the same value. RAM with no size recorded (the bootloader fills
 * it in) stays unknown.
 */
final class FactDerivation {
  private static final List<Fact> CORE_FACTS =
      ImmutableList.of(
          Fact.CORE,
          Fact.ARCH,
          Fact.KCONFIG_CPU,
          Fact.SMP_CAPABLE,
          Fact.HW_TLB_BCAST,
          Fact.HW_CACHE_BCAST,
          Fact.DCACHE,
          Fact.LPAE);

  private FactDerivation() {}

  static Map<Fact, FactValue> derive(TreeFacts tree, CpuDatabase db) {
    Map<Fact, FactValue> facts = new EnumMap<>(Fact.class);
    tree.model().ifPresent(m -> facts.put(Fact.MODEL, text(m)));
    tree.compatible().ifPresent(c -> facts.put(Fact.COMPATIBLE, text(c)));
    tree.enableMethod().ifPresent(e -> facts.put(Fact.ENABLE_METHOD, text(e)));
    if (!tree.cpus().isEmpty()) {
      FactSource first = new FactSource.Dts(tree.cpus().get(0).position());
      facts.put(Fact.DT_CPU_NODES, new FactValue.Int(tree.cpus().size(), first));
      facts.put(Fact.N_CPUS, new FactValue.Int(tree.cpus().size(), first));
      if (!tree.cpuCompatibles().isEmpty()) {
        facts.put(
            Fact.CPU_COMPATIBLES,
            new FactValue.Text(String.join("|", tree.cpuCompatibles()), first));
      }
      boolean everyCpuNamed = tree.cpus().stream().allMatch(c -> c.compatible().isPresent());
      if (everyCpuNamed) {
        for (Fact fact : CORE_FACTS) {
          agreed(fact, tree.cpuCompatibles(), db).ifPresent(v -> facts.put(fact, v));
        }
      }
    }
    ram(tree, facts);
    return facts;
  }

  private static FactValue text(TreeFacts.Located<String> v) {
    return new FactValue.Text(v.value(), new FactSource.Dts(v.position()));
  }

  /** The value every core's entry records for {@code fact}, if they all record the same. */
  private static Optional<FactValue> agreed(Fact fact, List<String> compatibles, CpuDatabase db) {
    FactValue agreed = null;
    for (String compatible : compatibles) {
      Optional<FactValue> v = db.core(compatible).map(c -> c.get(fact));
      if (v.isEmpty()) {
        return Optional.empty();
      }
      if (agreed != null && !agreed.text().equals(v.get().text())) {
        return Optional.empty();
      }
      if (agreed == null) {
        agreed = v.get();
      }
    }
    return Optional.ofNullable(agreed);
  }

  /** RAM from every memory node's reg, in the root's #address-cells/#size-cells (default 2/1). */
  private static void ram(TreeFacts tree, Map<Fact, FactValue> facts) {
    int addressCells = tree.addressCells().map(l -> l.value().intValue()).orElse(2);
    int sizeCells = tree.sizeCells().map(l -> l.value().intValue()).orElse(1);
    int entry = addressCells + sizeCells;
    if (addressCells > 2 || sizeCells > 2 || sizeCells < 1 || entry == 0) {
      return;
    }
    long total = 0;
    long top = -1;
    TreeFacts.Memory where = null;
    for (TreeFacts.Memory m : tree.memory()) {
      ImmutableList<Long> reg = m.reg();
      if (reg.size() % entry != 0) {
        return;
      }
      for (int i = 0; i < reg.size(); i += entry) {
        long base = number(reg, i, addressCells);
        long size = number(reg, i + addressCells, sizeCells);
        if (size == 0) {
          continue;
        }
        total += size;
        top = Math.max(top, base + size - 1);
        if (where == null) {
          where = m;
        }
      }
    }
    if (total > 0) {
      FactSource source = new FactSource.Dts(where.position());
      facts.put(Fact.RAM_BYTES, new FactValue.Int(total, source));
      facts.put(Fact.RAM_TOP_PHYS, new FactValue.Int(top, source));
    }
  }

  private static long number(List<Long> cells, int from, int count) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = (value << 32) | cells.get(from + i);
    }
    return value;
  }
}
