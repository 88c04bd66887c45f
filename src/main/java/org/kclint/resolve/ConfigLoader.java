package org.kclint.resolve;

import java.util.List;
import java.util.Optional;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfig.Assignment;
import org.kclint.config.DotConfig.Line;
import org.kclint.config.DotConfig.Unrecognized;
import org.kclint.diag.Position;
import org.kclint.kconfig.SymbolType;

/**
 * conf's conf_read(): takes the input's values as user values (conf_read_simple, with its
 * warnings), computes every symbol, and drops user values conf would not keep.
 */
final class ConfigLoader {
  private final Evaluator ev;
  private final List<ConfMessage> messages;
  private int warnings;

  ConfigLoader(Evaluator ev, List<ConfMessage> messages) {
    this.ev = ev;
    this.messages = messages;
  }

  void read(DotConfig config) {
    ev.changed = false;
    readSimple(config);
    ConfTree model = ev.model();
    ev.calcValue(model.modulesSymbol());
    int unsaved = 0;
    for (KSymbol sym : model.symbols()) {
      ev.calcValue(sym);
      if (sym.isChoice() || (sym.flags & KSymbol.NO_WRITE) != 0) {
        continue;
      }
      if (sym.hasValue() && (sym.flags & KSymbol.WRITE) != 0) {
        // The computed value agrees with the saved one.
        if (sym.type == SymbolType.BOOL || sym.type == SymbolType.TRISTATE) {
          if (sym.defTri == sym.currTri) {
            continue;
          }
        } else if (sym.currVal.equals(sym.defVal)) {
          continue;
        }
      } else if (!sym.hasValue() && (sym.flags & KSymbol.WRITE) == 0) {
        continue;
      }
      unsaved++;
    }
    for (KSymbol sym : model.symbols()) {
      if (!sym.hasValue() || sym.isChoiceValue()) {
        continue;
      }
      if (sym.visible == Tri.NO && unsaved == 0) {
        sym.flags &= ~KSymbol.DEF_USER;
      }
      switch (sym.type) {
        case STRING, INT, HEX -> {
          // A value out of range is dropped.
          if (!ev.stringWithinRange(sym, (String) sym.defVal)) {
            sym.flags &= ~(KSymbol.VALID | KSymbol.DEF_USER);
            unsaved++;
          }
        }
        default -> {}
      }
    }
    if (warnings > 0 || unsaved > 0) {
      ev.changed = true;
    }
  }

  /** conf_read_simple: the input's values become user values, nothing is computed. */
  void readSimple(DotConfig config) {
    for (KSymbol sym : ev.model().symbols()) {
      sym.flags &= ~(KSymbol.DEF_USER | KSymbol.VALID);
      if (sym.isChoice()) {
        sym.flags |= KSymbol.DEF_USER;
      }
      sym.defVal = null;
      sym.defTri = Tri.NO;
    }
    for (Line line : config.lines()) {
      if (line instanceof Unrecognized u) {
        String text = u.text();
        if (!text.startsWith("CONFIG_") && !text.startsWith("\r")) {
          int end = text.indexOf('\r');
          warn(
              ConfMessage.Kind.UNEXPECTED_DATA,
              u.position(),
              "",
              "unexpected data: " + (end < 0 ? text : text.substring(0, end)));
        }
      } else if (line instanceof Assignment a) {
        assign(a);
      }
    }
  }

  private void assign(Assignment a) {
    KSymbol sym = ev.model().find(a.name());
    if (sym == null) {
      ev.changed = true;
      messages.add(
          new ConfMessage(
              ConfMessage.Kind.UNKNOWN_SYMBOL,
              Optional.of(a.position()),
              a.name(),
              "unknown symbol: " + a.name()));
      return;
    }
    if (sym.hasValue()) {
      warn(
          ConfMessage.Kind.OVERRIDE,
          a.position(),
          sym.displayName(),
          "override: reassigning to symbol " + sym.displayName());
    }
    if (!setUserValue(sym, a)) {
      return;
    }
    if (sym.isChoiceValue()) {
      KSymbol cs = sym.choice;
      if (sym.defTri == Tri.MOD) {
        if (cs.defTri == Tri.YES) {
          warn(
              ConfMessage.Kind.INCONSISTENT_CHOICE,
              a.position(),
              sym.displayName(),
              sym.displayName() + " creates inconsistent choice state");
          cs.flags &= ~KSymbol.DEF_USER;
        }
      } else if (sym.defTri == Tri.YES) {
        if (cs.defTri != Tri.NO) {
          warn(
              ConfMessage.Kind.CHOICE_OVERRIDE,
              a.position(),
              sym.displayName(),
              "override: " + sym.displayName() + " changes choice state");
        }
        cs.defVal = sym;
      }
      cs.defTri = Tri.or(cs.defTri, sym.defTri);
    }
  }

  /** conf_set_sym_val; false where conf gives up on the line. */
  private boolean setUserValue(KSymbol sym, Assignment a) {
    String p = a.value();
    switch (sym.type) {
      case TRISTATE, BOOL -> {
        char c = CNumbers.at(p, 0);
        if (c == 'm' && sym.type == SymbolType.TRISTATE) {
          sym.defTri = Tri.MOD;
        } else if (c == 'y') {
          sym.defTri = Tri.YES;
        } else if (c == 'n') {
          sym.defTri = Tri.NO;
        } else {
          invalid(sym, a, p);
          return false;
        }
        sym.flags |= KSymbol.DEF_USER;
        return true;
      }
      case STRING -> {
        if (!p.startsWith("\"")) {
          return true;
        }
        String unquoted = unescape(p);
        if (unquoted == null) {
          warn(
              ConfMessage.Kind.INVALID_STRING,
              a.position(),
              sym.displayName(),
              "invalid string found");
          return false;
        }
        sym.defVal = unquoted;
        sym.flags |= KSymbol.DEF_USER;
        return true;
      }
      case INT, HEX -> {
        if (!CNumbers.validFor(sym.type, p)) {
          invalid(sym, a, p);
          return false;
        }
        sym.defVal = p;
        sym.flags |= KSymbol.DEF_USER;
        return true;
      }
      default -> {
        return true;
      }
    }
  }

  /** The text between the quotes with backslash escapes removed; null if unterminated. */
  static String unescape(String quoted) {
    StringBuilder b = new StringBuilder(quoted.length());
    for (int i = 1; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        i++;
        if (i >= quoted.length()) {
          return null;
        }
        c = quoted.charAt(i);
      }
      b.append(c);
    }
    return null;
  }

  private void invalid(KSymbol sym, Assignment a, String value) {
    warn(
        ConfMessage.Kind.INVALID_VALUE,
        a.position(),
        sym.displayName(),
        "symbol value '" + value + "' invalid for " + sym.displayName());
  }

  private void warn(ConfMessage.Kind kind, Position position, String symbol, String text) {
    warnings++;
    messages.add(new ConfMessage(kind, Optional.of(position), symbol, text));
  }
}
