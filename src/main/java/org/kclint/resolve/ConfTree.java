package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.Symbol;

/**
 * The finalized Kconfig world conf works on: the menu tree after menu_finalize, every symbol in
 * conf's hash-table order, and the MODULES symbol. Built once per tree; per-run state lives in the
 * symbols and is reset by {@link Evaluator#reset()}.
 */
final class ConfTree {
  private final Menu root;
  private final SymbolTable table;
  private final ImmutableList<KSymbol> symbols;
  private final KSymbol modulesSymbol;
  private final ImmutableMap<String, Symbol> definitions;
  private ImmutableList<DependencyCycle> cycles = ImmutableList.of();
  private ImmutableList<ConfMessage> warnings = ImmutableList.of();

  private ConfTree(
      Menu root, SymbolTable table, KSymbol modulesSymbol, ImmutableMap<String, Symbol> defs) {
    this.root = root;
    this.definitions = defs;
    this.table = table;
    this.symbols = table.inHashOrder();
    this.modulesSymbol = modulesSymbol;
  }

  static ConfTree build(KconfigTree tree) {
    MenuBuilder builder = new MenuBuilder();
    Menu root = builder.build(tree);
    KSymbol modules = builder.modulesSymbol();
    MenuFinalizer finalizer = new MenuFinalizer(modules);
    finalizer.finalizeMenu(root);
    ConfTree model = new ConfTree(root, builder.table(), modules, tree.symbols());
    model.warnings = finalizer.warnings();
    // The walk leaves its CHECKED marks in the symbols' run flags; every run starts with
    // Evaluator#reset, which clears them, so resetting here too would only walk all symbols twice.
    model.cycles = DependencyCycles.find(model);
    return model;
  }

  Menu root() {
    return root;
  }

  /** Every symbol (including choices and referenced-only names) in for_all_symbols order. */
  ImmutableList<KSymbol> symbols() {
    return symbols;
  }

  KSymbol modulesSymbol() {
    return modulesSymbol;
  }

  /** The symbols the tree defines, by name, with their definitions. */
  ImmutableMap<String, Symbol> definitions() {
    return definitions;
  }

  /** The recursive dependencies conf_parse reports (and exits 1 for), in its order. */
  ImmutableList<DependencyCycle> cycles() {
    return cycles;
  }

  /** What menu_finalize warned about the tree, in conf's order (before any cycle). */
  ImmutableList<ConfMessage> warnings() {
    return warnings;
  }

  /** sym_find. */
  KSymbol find(String name) {
    return table.find(name);
  }
}
