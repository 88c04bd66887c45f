package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kclint.config.ConfigDocument;
import org.kclint.config.DotConfig;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.SymbolType;

/**
 * Resolves .config files against one Kconfig tree exactly as the kernel's conf does. The tree is
 * finalized once; each {@link #resolve} call replays conf from a clean state, so one resolver
 * serves many configs (one at a time: calls are serialized).
 */
public final class Resolver {
  /** What conf is asked to do: its mode options, {@code conf --NAME}. */
  public enum Mode {
    /** {@code conf --olddefconfig}: the input is a full .config. */
    OLDDEFCONFIG,
    /** {@code conf --defconfig=IN}: the input is a minimal config. */
    DEFCONFIG,
    /** {@code conf --savedefconfig=OUT}: the minimal config of a full input. */
    SAVEDEFCONFIG,
    /** {@code conf --listnewconfig}: the new symbols of the input, on stdout. */
    LISTNEWCONFIG,
    /** {@code conf --helpnewconfig}: the new symbols of the input with their help, on stdout. */
    HELPNEWCONFIG,
    /** The input's tristate answers y become m where the symbol allows m, then olddefconfig. */
    YES2MODCONFIG,
    /** The input's tristate answers m become y. */
    MOD2YESCONFIG,
    /** The input's tristate answers m become n. */
    MOD2NOCONFIG,
    /** Every new symbol n; the input, if any, is KCONFIG_ALLCONFIG. */
    ALLNOCONFIG,
    ALLYESCONFIG,
    ALLMODCONFIG,
    ALLDEFCONFIG,
    RANDCONFIG;

    /** The option's name as conf spells it. */
    public String confName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether conf reads the input with conf_read (the others take KCONFIG_ALLCONFIG). */
    public boolean readsConfig() {
      return ordinal() <= MOD2NOCONFIG.ordinal();
    }
  }

  private final ConfTree model;

  private Resolver(ConfTree model) {
    this.model = model;
  }

  public static Resolver of(KconfigTree tree) {
    return new Resolver(ConfTree.build(tree));
  }

  /**
   * The recursive dependencies of the tree, in the order conf reports them; conf reads no config
   * and exits 1 when there is one.
   */
  public ImmutableList<DependencyCycle> cycles() {
    return model.cycles();
  }

  /**
   * What conf's menu_finalize warns about the tree (menu.c), in its order: printed after the
   * parser's warnings and before the recursive dependencies, whatever the mode.
   */
  public ImmutableList<ConfMessage> treeWarnings() {
    return model.warnings();
  }

  /** What conf writes for {@code input}. */
  public Resolution resolve(DotConfig input, Mode mode) {
    return run(Optional.of(input), mode, RandomSettings.NONE, false);
  }

  /**
   * What conf does in {@code mode}: {@code input} is the config conf reads (for the all*config
   * modes and randconfig the KCONFIG_ALLCONFIG file, if any).
   */
  public Resolution resolve(Optional<DotConfig> input, Mode mode, RandomSettings random) {
    return run(input, mode, random, false);
  }

  /** What conf writes, and how that differs from what {@code input} asked for. */
  public Resolution check(DotConfig input, Mode mode) {
    return run(Optional.of(input), mode, RandomSettings.NONE, true);
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

  /**
   * Why each of {@code names} has the value conf gives it when it reads {@code input}: set by the
   * config, selected, hidden behind a dependency, a default; a name the tree does not define is
   * said to be so.
   */
  public synchronized Map<String, String> reasons(DotConfig input, Collection<String> names) {
    Evaluator ev = new Evaluator(model, (e, s) -> {});
    ev.reset();
    new ConfigLoader(ev, new ArrayList<>()).read(input);
    ValueReason reason = new ValueReason(ev);
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      KSymbol sym = model.find(name);
      out.put(name, sym == null ? "not defined in this Kconfig tree" : reason.of(sym));
    }
    return out;
  }

  private synchronized Resolution run(
      Optional<DotConfig> input, Mode mode, RandomSettings random, boolean audit) {
    List<ConfMessage> messages = new ArrayList<>();
    Evaluator ev = new Evaluator(model, (e, sym) -> messages.add(UnmetDependency.message(e, sym)));
    ev.reset();
    StringBuilder stdout = new StringBuilder();
    ConfigLoader loader = new ConfigLoader(ev, messages);
    if (mode.readsConfig()) {
      loader.read(input.orElseThrow());
    } else {
      input.ifPresent(loader::readSimple);
    }
    ConfigDocument output;
    switch (mode) {
      case DEFCONFIG -> new AllNewSymbols(ev, AllNewSymbols.Fill.DEFAULT, null).run();
      case ALLNOCONFIG -> new AllNewSymbols(ev, AllNewSymbols.Fill.NO, null).run();
      case ALLYESCONFIG -> new AllNewSymbols(ev, AllNewSymbols.Fill.YES, null).run();
      case ALLMODCONFIG -> new AllNewSymbols(ev, AllNewSymbols.Fill.MOD, null).run();
      case ALLDEFCONFIG -> new AllNewSymbols(ev, AllNewSymbols.Fill.DEFAULT, null).run();
      case RANDCONFIG -> {
        Optional<AllNewSymbols.RandomChoices> choices = random.choices();
        if (choices.isEmpty()) {
          messages.add(
              new ConfMessage(
                  ConfMessage.Kind.FATAL,
                  Optional.empty(),
                  "",
                  "KCONFIG_PROBABILITY: Numerical result out of range"));
          return new Resolution(
              new ConfigDocument(model.root().prompt.text, ImmutableList.of()),
              ImmutableList.copyOf(messages),
              ImmutableList.of(),
              stdout.toString(),
              1);
        }
        AllNewSymbols fill = new AllNewSymbols(ev, AllNewSymbols.Fill.RANDOM, choices.get());
        while (fill.run()) {
          // conf repeats until a pass changes nothing.
        }
      }
      case YES2MODCONFIG -> rewriteTristates(ev, Tri.YES, Tri.MOD);
      case MOD2YESCONFIG -> rewriteTristates(ev, Tri.MOD, Tri.YES);
      case MOD2NOCONFIG -> rewriteTristates(ev, Tri.MOD, Tri.NO);
      case LISTNEWCONFIG, HELPNEWCONFIG ->
          stdout.append(new NewSymbols(ev, mode == Mode.HELPNEWCONFIG).list());
      default -> {}
    }
    output =
        mode == Mode.SAVEDEFCONFIG
            ? MinimalConfig.of(ev)
            : mode == Mode.LISTNEWCONFIG || mode == Mode.HELPNEWCONFIG
                ? new ConfigDocument(model.root().prompt.text, ImmutableList.of())
                : ConfigDumper.dump(ev);
    ImmutableList<KconfigIssue> issues =
        audit && input.isPresent()
            ? new Audit(ev, input.get()).run(messages, output, mode)
            : ImmutableList.of();
    return new Resolution(output, ImmutableList.copyOf(messages), issues, stdout.toString(), 0);
  }

  /**
   * conf_rewrite_tristates() (conf.c:304-315): every user value {@code from} of a symbol that is
   * tristate as sym_get_type() sees it (so not without modules) becomes {@code to}; what the input
   * does not set is n there, so only answers change.
   */
  private void rewriteTristates(Evaluator ev, int from, int to) {
    for (KSymbol sym : model.symbols()) {
      if (ev.effectiveType(sym) == SymbolType.TRISTATE && sym.defTri == from) {
        sym.defTri = to;
      }
    }
    ev.clearAllValid();
  }
}
