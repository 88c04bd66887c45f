package org.kclint.resolve;

/**
 * What {@code conf --defconfig} does between reading and writing:
 * conf_set_all_new_symbols(def_default). Its first loop assigns nothing in def_default mode; what
 * remains is recomputing everything and settling every choice the input left open.
 */
final class DefconfigMode {
  private DefconfigMode() {}

  static void setAllNewSymbols(Evaluator ev) {
    ConfTree model = ev.model();
    ev.clearAllValid();
    for (KSymbol sym : model.symbols()) {
      if ((sym.isChoice() && !sym.hasValue()) || sym.isChoiceValue()) {
        sym.flags |= KSymbol.NEED_SET_CHOICE_VALUES;
      }
    }
    for (KSymbol choice : model.symbols()) {
      if (choice.hasValue() || !choice.isChoice()) {
        continue;
      }
      ev.calcValue(choice);
      ev.setAllChoiceValues(choice);
    }
  }
}
