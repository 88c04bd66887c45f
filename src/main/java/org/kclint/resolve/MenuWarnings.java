package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kclint.diag.Position;
import org.kclint.kconfig.SymbolType;

/**
 * The warnings menu_finalize prints about the tree itself (menu.c: the choice-value checks, "config
 * symbol defined without type", "choice must have a prompt" and sym_check_prop), collected in the
 * order conf prints them; {@link MenuFinalizer} calls each check where conf makes it.
 */
final class MenuWarnings {
  private final List<ConfMessage> messages = new ArrayList<>();

  /** SYMBOL_WARNED: a symbol defined in several places is checked at its first entry only. */
  ImmutableList<ConfMessage> messages() {
    return ImmutableList.copyOf(messages);
  }

  /** A value {@code menu} of {@code choice} met for the first time. */
  void choiceValue(KSymbol choice, Menu menu) {
    KSymbol value = menu.sym;
    if (menu.prompt == null) {
      warn(menu.position, value, "choice value must have a prompt");
    }
    for (Property prop : inParseOrder(value.props)) {
      if (prop.type == Property.Type.DEFAULT) {
        warn(prop.position, value, "defaults for choice values not supported");
      }
      if (prop.menu != menu
          && prop.type == Property.Type.PROMPT
          && prop.menu.parent.sym != choice) {
        warn(prop.position, value, "choice value used outside its choice group");
      }
    }
  }

  /** The end of menu_finalize for the entry {@code parent} of {@code sym}. */
  void symbol(Menu parent, KSymbol sym) {
    // A flag as conf has, not a set: hashing each of ~15,000 symbols was 1% of a warm run.
    if ((sym.staticFlags & KSymbol.WARNED) != 0) {
      return;
    }
    sym.staticFlags |= KSymbol.WARNED;
    if (sym.type == SymbolType.UNKNOWN) {
      warn(parent.position, sym, "config symbol defined without type");
    }
    if (sym.isChoiceStatic() && parent.prompt == null) {
      warn(parent.position, sym, "choice must have a prompt");
    }
    for (Property prop : inParseOrder(sym.props)) {
      switch (prop.type) {
        case DEFAULT -> defaultValue(sym, prop);
        case SELECT, IMPLY -> reverse(sym, prop);
        case RANGE -> range(sym, prop);
        default -> {}
      }
    }
  }

  private void defaultValue(KSymbol sym, Property prop) {
    boolean single = prop.expr.type == KExpr.Type.SYMBOL;
    if (!single && isNumberOrString(sym.type)) {
      warn(
          prop.position,
          sym,
          "default for config symbol '" + sym.name + "' must be a single symbol");
    }
    if (!single) {
      return;
    }
    KSymbol value = prop.symbol();
    if ((sym.type == SymbolType.HEX || sym.type == SymbolType.INT) && !validNumber(sym, value)) {
      warn(prop.position, sym, "'" + sym.name + "': number is invalid");
    }
    if (sym.isChoiceStatic() && value.choice != sym) {
      warn(
          prop.position,
          sym,
          "choice default symbol '" + value.name + "' is not contained in the choice");
    }
  }

  private void reverse(KSymbol sym, Property prop) {
    String use = prop.type == Property.Type.SELECT ? "select" : "imply";
    KSymbol target = prop.symbol();
    if (!isLogic(sym.type)) {
      warn(
          prop.position,
          sym,
          "config symbol '" + sym.name + "' uses " + use + ", but is not bool or tristate");
    } else if (target.type != SymbolType.UNKNOWN && !isLogic(target.type)) {
      warn(
          prop.position,
          sym,
          "'"
              + target.name
              + "' has wrong type. '"
              + use
              + "' only accept arguments of bool and tristate type");
    }
  }

  private void range(KSymbol sym, Property prop) {
    if (sym.type != SymbolType.INT && sym.type != SymbolType.HEX) {
      warn(prop.position, sym, "range is only allowed for int or hex symbols");
    }
    if (!validNumber(sym, prop.expr.leftSym) || !validNumber(sym, prop.expr.rightSym)) {
      warn(prop.position, sym, "range is invalid");
    }
  }

  /** menu_validate_number. */
  private static boolean validNumber(KSymbol sym, KSymbol bound) {
    return bound.type == SymbolType.INT
        || bound.type == SymbolType.HEX
        || (bound.type == SymbolType.UNKNOWN && CNumbers.validFor(sym.type, bound.name));
  }

  private static boolean isLogic(SymbolType type) {
    return type == SymbolType.BOOL || type == SymbolType.TRISTATE;
  }

  private static boolean isNumberOrString(SymbolType type) {
    return type == SymbolType.STRING || type == SymbolType.INT || type == SymbolType.HEX;
  }

  /**
   * conf appends each property as it parses it; the menu builder groups one entry's properties by
   * kind. Entries in their order, each entry's properties by line, is conf's order.
   */
  private static List<Property> inParseOrder(List<Property> props) {
    if (props.size() < 2) {
      return props;
    }
    // An entry or two per symbol: a list looked through beats a map built for each symbol.
    List<Menu> entries = new ArrayList<>(2);
    for (Property prop : props) {
      if (!entries.contains(prop.menu)) {
        entries.add(prop.menu);
      }
    }
    List<Property> sorted = new ArrayList<>(props);
    sorted.sort(
        Comparator.<Property>comparingInt(p -> entries.indexOf(p.menu))
            .thenComparingInt(p -> p.position.line()));
    return sorted;
  }

  private void warn(Position at, KSymbol sym, String text) {
    messages.add(
        new ConfMessage(ConfMessage.Kind.MENU_WARNING, Optional.of(at), sym.displayName(), text));
  }
}
