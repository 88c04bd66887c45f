package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives board facts from a device tree and the CPU and SoC databases. Core facts come from the
 * database entry of the CPU nodes' compatible, the core revision from the SoC the root's compatible
 * list picks; with several kinds of core (big.LITTLE) each kind gets its own cluster view, and a
 * board-wide core fact is known only where every kind records the same value. RAM with no size
 * recorded (the bootloader fills it in) stays unknown.
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
          Fact.LPAE,
          Fact.CORE_REV);

  /**
   * l2Cache of a tree without a controller node: on a device-tree kernel the outer cache driver
   * runs only for a node l2x0_of_init() matches (arch/arm/kernel/irq.c:138-145,
   * arch/arm/mm/cache-l2x0.c:1770-1772), so no node means no outer cache the kernel drives, nor
   * workarounds it installs. The few SoCs whose platform code starts the controller without a node
   * (e.g. arch/arm/mach-spear/spear13xx.c:47) say so in the SoC database.
   */
  static final String NO_OUTER_CACHE = "none";

  private FactDerivation() {}

  static BoardFacts derive(TreeFacts tree, CpuDatabase cpus, SocDatabase socs) {
    Map<Fact, FactValue> facts = new EnumMap<>(Fact.class);
    tree.model().ifPresent(m -> facts.put(Fact.MODEL, text(m)));
    tree.compatible().ifPresent(c -> facts.put(Fact.COMPATIBLE, text(c)));
    tree.enableMethod().ifPresent(e -> facts.put(Fact.ENABLE_METHOD, text(e)));
    tree.l2Cache().ifPresent(c -> facts.put(Fact.L2_CACHE, text(c)));
    Optional<SocDatabase.Soc> soc = socs.pick(tree.compatibles());
    soc.ifPresent(
        s -> {
          facts.put(
              Fact.SOC,
              new FactValue.Text(
                  s.compatible(),
                  new FactSource.SocDatabase(
                      s.compatible(), s.position(), "picked by compatible")));
          s.facts().forEach((fact, v) -> facts.putIfAbsent(fact, v));
        });
    if (soc.map(s -> !s.unknown().contains(Fact.L2_CACHE)).orElse(true)) {
      facts.putIfAbsent(
          Fact.L2_CACHE, new FactValue.Text(NO_OUTER_CACHE, new FactSource.Dts(tree.root())));
    }
    ram(tree, facts);
    ImmutableList.Builder<BoardFacts> clusters = ImmutableList.builder();
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
        List<Map<Fact, FactValue>> kinds =
            tree.cpuCompatibles().stream().map(c -> coreFacts(c, cpus, soc)).toList();
        for (Fact fact : CORE_FACTS) {
          agreed(fact, kinds).ifPresent(v -> facts.put(fact, v));
        }
        if (kinds.size() > 1) {
          for (Map<Fact, FactValue> kind : kinds) {
            Map<Fact, FactValue> view = new EnumMap<>(facts);
            CORE_FACTS.forEach(view::remove);
            view.putAll(kind);
            clusters.add(new BoardFacts(view, ImmutableList.of()));
          }
        }
      }
    }
    return new BoardFacts(facts, clusters.build());
  }

  private static FactValue text(TreeFacts.Located<String> v) {
    return new FactValue.Text(v.value(), new FactSource.Dts(v.position()));
  }

  /**
   * What the databases say about one kind of core on this board: the CPU database's entry, and the
   * revisions the SoC shipped it in (for this kind of core, else for all of the SoC's cores).
   */
  private static Map<Fact, FactValue> coreFacts(
      String compatible, CpuDatabase cpus, Optional<SocDatabase.Soc> soc) {
    Map<Fact, FactValue> kind = new EnumMap<>(Fact.class);
    cpus.core(compatible).ifPresent(kind::putAll);
    soc.flatMap(
            s ->
                Optional.ofNullable(s.coreRevs().get(compatible))
                    .or(() -> Optional.ofNullable(s.facts().get(Fact.CORE_REV))))
        .ifPresent(v -> kind.put(Fact.CORE_REV, v));
    return kind;
  }

  /** The value every kind of core records for {@code fact}, if they all record the same. */
  private static Optional<FactValue> agreed(Fact fact, List<Map<Fact, FactValue>> kinds) {
    FactValue agreed = null;
    for (Map<Fact, FactValue> kind : kinds) {
      FactValue v = kind.get(fact);
      if (v == null || agreed != null && !agreed.text().equals(v.text())) {
        return Optional.empty();
      }
      if (agreed == null) {
        agreed = v;
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
    long base = Long.MAX_VALUE;
    TreeFacts.Memory where = null;
    for (TreeFacts.Memory m : tree.memory()) {
      ImmutableList<Long> reg = m.reg();
      if (reg.size() % entry != 0) {
        return;
      }
      for (int i = 0; i < reg.size(); i += entry) {
        long start = number(reg, i, addressCells);
        long size = number(reg, i + addressCells, sizeCells);
        if (size == 0) {
          continue;
        }
        total += size;
        top = Math.max(top, start + size - 1);
        base = Math.min(base, start);
        if (where == null) {
          where = m;
        }
      }
    }
    if (total > 0) {
      FactSource source = new FactSource.Dts(where.position());
      facts.put(Fact.RAM_BYTES, new FactValue.Int(total, source));
      facts.put(Fact.RAM_TOP_PHYS, new FactValue.Int(top, source));
      facts.put(Fact.RAM_BASE, new FactValue.Int(base, source));
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
