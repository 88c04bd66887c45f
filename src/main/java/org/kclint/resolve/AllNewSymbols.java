package org.kclint.resolve;

import org.kclint.kconfig.SymbolType;

/**
 * conf.c's conf_set_all_new_symbols: every bool and tristate symbol the input left without a value
 * gets one (y, m, n or a random one; none for alldefconfig and defconfig), then the choices the
 * input left open are settled, at random for randconfig.
 */
final class AllNewSymbols {
  /** conf's enum conf_def_mode. */
  enum Fill {
    DEFAULT,
    YES,
    MOD,
    NO,
    RANDOM
  }

  private final Evaluator ev;
  private final Fill fill;
  private final RandomChoices random;

  AllNewSymbols(Evaluator ev, Fill fill, RandomChoices random) {
    this.ev = ev;
    this.fill = fill;
    this.random = random;
  }

  /** What randconfig draws from, with KCONFIG_PROBABILITY's three percentages. */
  record RandomChoices(GlibcRandom rand, int pby, int pty, int ptm) {}

  /** One call of conf_set_all_new_symbols; whether it changed anything (randconfig repeats). */
  boolean run() {
    boolean changed = false;
    ConfTree model = ev.model();
    for (KSymbol sym : model.symbols()) {
      if (sym.hasValue() || (sym.flags & KSymbol.VALID) != 0) {
        continue;
      }
      SymbolType type = ev.effectiveType(sym);
      if (type != SymbolType.BOOL && type != SymbolType.TRISTATE) {
        continue;
      }
      changed = true;
      switch (fill) {
        case YES -> sym.defTri = Tri.YES;
        case MOD -> sym.defTri = Tri.MOD;
        case NO -> sym.defTri = Tri.NO;
        case RANDOM -> sym.defTri = randomTri(sym);
        case DEFAULT -> {
          continue;
        }
      }
      if (!(sym.isChoice() && fill == Fill.RANDOM)) {
        sym.flags |= KSymbol.DEF_USER;
      }
    }
    ev.clearAllValid();
    if (fill != Fill.RANDOM) {
      for (KSymbol sym : model.symbols()) {
        if ((sym.isChoice() && !sym.hasValue()) || sym.isChoiceValue()) {
          sym.flags |= KSymbol.NEED_SET_CHOICE_VALUES;
        }
      }
    }
    for (KSymbol choice : model.symbols()) {
      if (choice.hasValue() || !choice.isChoice()) {
        continue;
      }
      ev.calcValue(choice);
      if (fill == Fill.RANDOM) {
        changed |= randomizeChoiceValues(choice);
      } else {
        ev.setAllChoiceValues(choice);
        changed = true;
      }
    }
    return changed;
  }

  private int randomTri(KSymbol sym) {
    int cnt = random.rand().next() % 100;
    if (sym.type == SymbolType.TRISTATE) {
      if (cnt < random.pty()) {
        return Tri.YES;
      }
      return cnt < random.pty() + random.ptm() ? Tri.MOD : Tri.NO;
    }
    return cnt < random.pby() ? Tri.YES : Tri.NO;
  }

  /** randomize_choice_values: one value of a y choice, drawn at random, becomes y. */
  private boolean randomizeChoiceValues(KSymbol choice) {
    if (choice.currTri != Tri.YES) {
      return false;
    }
    int chosen = random.rand().next() % choice.choiceValues.size();
    int i = 0;
    for (KSymbol value : choice.choiceValues) {
      if (chosen == i++) {
        value.defTri = Tri.YES;
        choice.defVal = value;
      } else {
        value.defTri = Tri.NO;
      }
      value.flags |= KSymbol.DEF_USER;
      value.flags &= ~KSymbol.VALID;
    }
    choice.flags |= KSymbol.DEF_USER;
    choice.flags &= ~KSymbol.VALID;
    return true;
  }
}
