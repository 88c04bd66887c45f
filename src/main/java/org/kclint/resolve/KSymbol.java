package org.kclint.resolve;

import java.util.ArrayList;
import java.util.List;
import org.kclint.kconfig.SymbolType;

/**
 * conf's {@code struct symbol}: the static part menu_finalize computes (type, properties,
 * dir_dep/rev_dep/implied expressions, choice structure) and the per-run state sym_calc_value
 * caches (current and user values, visibility, flags). {@link #reset()} returns it to its state
 * after parsing so that one finalized tree resolves many configs.
 */
final class KSymbol {
  static final int CONST = 0x0001;

  /** conf's SYMBOL_CHECK and SYMBOL_CHECKED: set on {@link #flags} by {@link DependencyCycles}. */
  static final int CHECK = 0x0008;

  static final int CHECKED = 0x2000;

  static final int CHOICE = 0x0010;
  static final int CHOICEVAL = 0x0020;
  static final int VALID = 0x0080;
  static final int OPTIONAL = 0x0100;
  static final int WRITE = 0x0200;
  static final int WRITTEN = 0x0800;
  static final int NO_WRITE = 0x1000;

  /** conf's SYMBOL_WARNED: menu_finalize's symbol warnings are given (menu.c:564-573). */
  static final int WARNED = 0x8000;

  static final int DEF_USER = 0x10000;
  static final int NEED_SET_CHOICE_VALUES = 0x100000;

  /** conf's pointer to "n": the {@code curr.val} of every bool and tristate symbol. */
  static final String N_VALUE = "n";

  /** conf's symbol_empty value: the start value of int, hex and string symbols. */
  static final String EMPTY_VALUE = "";

  static final KSymbol YES = constant("y", Tri.YES);
  static final KSymbol MOD = constant("m", Tri.MOD);
  static final KSymbol NO = constant("n", Tri.NO);

  /** Null for an unnamed choice. */
  final String name;

  SymbolType type = SymbolType.UNKNOWN;
  final List<Property> props = new ArrayList<>();

  /** For a choice: its values in menu order. */
  final List<KSymbol> choiceValues = new ArrayList<>();

  /** For a choice value: its (first) choice. */
  KSymbol choice;

  KExpr dirDep;
  KExpr revDep;
  KExpr implied;

  /** Order of creation (sym_lookup), which with the name decides conf's hash-table order. */
  final int serial;

  /** Flags as parsing and finalization left them. */
  int staticFlags;

  int flags;

  /** curr.val: a String, or for a choice the selected value (a KSymbol) or null. */
  Object currVal;

  int currTri;

  /** def[S_DEF_USER]: a String, or for a choice the KSymbol the input set to y. */
  Object defVal;

  int defTri;
  int visible;
  int dirDepTri;
  int revDepTri;
  int impliedTri;

  KSymbol(String name, int flags, int serial) {
    this.name = name;
    this.staticFlags = flags;
    this.flags = flags;
    this.serial = serial;
  }

  private static KSymbol constant(String name, int tri) {
    KSymbol s = new KSymbol(name, CONST | VALID, -1);
    s.type = SymbolType.TRISTATE;
    s.currVal = name;
    s.currTri = tri;
    return s;
  }

  void reset() {
    flags = staticFlags;
    currVal = null;
    currTri = Tri.NO;
    defVal = null;
    defTri = Tri.NO;
    visible = Tri.NO;
    dirDepTri = Tri.NO;
    revDepTri = Tri.NO;
    impliedTri = Tri.NO;
    for (Property p : props) {
      p.visibleTri = Tri.NO;
    }
  }

  /** Whether this is a choice, from the flags parsing set (usable before any run). */
  boolean isChoiceStatic() {
    return (staticFlags & CHOICE) != 0;
  }

  boolean isChoice() {
    return (flags & CHOICE) != 0;
  }

  boolean isChoiceValue() {
    return (flags & CHOICEVAL) != 0;
  }

  boolean isOptional() {
    return (flags & OPTIONAL) != 0;
  }

  boolean hasValue() {
    return (flags & DEF_USER) != 0;
  }

  boolean isConst() {
    return (flags & CONST) != 0;
  }

  /** sym_get_string_value. */
  String stringValue() {
    if (type == SymbolType.BOOL || type == SymbolType.TRISTATE) {
      return Tri.spelling(currTri);
    }
    return (String) currVal;
  }

  String displayName() {
    return name == null ? "<choice>" : name;
  }

  @Override
  public String toString() {
    return displayName();
  }
}
