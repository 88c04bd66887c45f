package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.kclint.config.ConfigDocument;
import org.kclint.config.DotConfig;
import org.kclint.kconfig.KconfigTree;

/**
 * Resolves .config files against one Kconfig tree exactly as the kernel's conf does. The tree
 * is finalized once; each {@link #resolve} call replays conf from a clean state, so one
 * resolver serves many configs (one at a time: calls are serialized).
 */
public final class Resolver {
  /** What conf is asked to do with the input. */
  public enum Mode {
    /** {@code conf --olddefconfig}: the input is a full .config. */
    OLDDEFCONFIG,
    /** {@code conf --defconfig=IN}: the input is a minimal config. */
    DEFCONFIG
  }

  private final KconfigModel model;

  private Resolver(KconfigModel model) {
    this.model = model;
  }

  public static Resolver of(KconfigTree tree) {
    return new Resolver(KconfigModel.build(tree));
  }

  public synchronized Resolution resolve(DotConfig input, Mode mode) {
    List<ConfMessage> messages = new ArrayList<>();
    Evaluator ev = new Evaluator(model, (e, sym) -> messages.add(UnmetDependency.message(e, sym)));
    ev.reset();
    new ConfigLoader(ev, messages).read(input);
    if (mode == Mode.DEFCONFIG) {
      DefconfigMode.setAllNewSymbols(ev);
    }
    ConfigDocument output = ConfigDumper.dump(ev);
    return new Resolution(output, ImmutableList.copyOf(messages));
  }
}
