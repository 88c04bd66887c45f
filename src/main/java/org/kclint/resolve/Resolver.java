package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kclint.config.ConfigDocument;
import org.kclint.config.DotConfig;
import org.kclint.kconfig.KconfigTree;

/**
 * Resolves .config files against one Kconfig tree exactly as the kernel's conf does. The tree is
 * finalized once; each {@link #resolve} call replays conf from a clean state, so one resolver
 * serves many configs (one at a time: calls are serialized).
 */
public final class Resolver {
  /** What conf is asked to do with the input. */
  public enum Mode {
    /** {@code conf --olddefconfig}: the input is a full .config. */
    OLDDEFCONFIG,
    /** {@code conf --defconfig=IN}: the input is a minimal config. */
    DEFCONFIG
  }

  private final ConfTree model;

  private Resolver(ConfTree model) {
    this.model = model;
  }

  public static Resolver of(KconfigTree tree) {
    return new Resolver(ConfTree.build(tree));
  }

  /** What conf writes for {@code input}. */
  public Resolution resolve(DotConfig input, Mode mode) {
    return run(input, mode, false);
  }

  /** What conf writes, and how that differs from what {@code input} asked for. */
  public Resolution check(DotConfig input, Mode mode) {
    return run(input, mode, true);
  }

  /**
   * menuconfig's help screen for the symbol {@code name}, with the values conf reads from {@code
   * input}; empty when the tree has no such symbol.
   */
  public synchronized Optional<String> help(DotConfig input, String name) {
    KSymbol sym = model.find(name);
    if (sym == null) {
      return Optional.empty();
    }
    Evaluator ev = new Evaluator(model, (e, s) -> {});
    ev.reset();
    new ConfigLoader(ev, new ArrayList<>()).read(input);
    return Optional.of(SymbolHelp.of(model, ev, sym));
  }

  private synchronized Resolution run(DotConfig input, Mode mode, boolean audit) {
    List<ConfMessage> messages = new ArrayList<>();
    Evaluator ev = new Evaluator(model, (e, sym) -> messages.add(UnmetDependency.message(e, sym)));
    ev.reset();
    new ConfigLoader(ev, messages).read(input);
    if (mode == Mode.DEFCONFIG) {
      DefconfigMode.setAllNewSymbols(ev);
    }
    ConfigDocument output = ConfigDumper.dump(ev);
    ImmutableList<KconfigIssue> issues =
        audit ? new Audit(ev, input).run(messages, output, mode) : ImmutableList.of();
    return new Resolution(output, ImmutableList.copyOf(messages), issues);
  }
}
