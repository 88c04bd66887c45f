package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kclint.diag.Position;

/**
 * The device trees a kernel tree builds and the symbol that builds each, as the {@code
 * dtb-$(CONFIG_X) += board.dtb} lines of {@code arch/ARCH/boot/dts/Makefile} (and the Makefiles of
 * its {@code subdir-} folders) say.
 *
 * @param targets in Makefile order
 */
public record DtbTargets(ImmutableList<Target> targets) {

  /**
   * One {@code .dtb} of a {@code dtb-} list.
   *
   * @param symbol the Kconfig symbol whose {@code y} builds it; empty for {@code dtb-y}
   * @param source the {@code .dts} it is compiled from
   * @param position where the Makefile names it
   */
  public record Target(Optional<String> symbol, Path source, Position position) {}

  /**
   * The device trees built when exactly the symbols {@code isBuiltIn} accepts are {@code y} ({@code
   * dtb-m} lists are not built: Kbuild only builds {@code dtb-y}); each source once, at its first
   * mention, in Makefile order.
   */
  public ImmutableList<Target> builtBy(Predicate<String> isBuiltIn) {
    Set<Path> seen = new HashSet<>();
    return targets.stream()
        .filter(t -> t.symbol().map(isBuiltIn::test).orElse(true))
        .filter(t -> seen.add(t.source()))
        .collect(ImmutableList.toImmutableList());
  }
}
