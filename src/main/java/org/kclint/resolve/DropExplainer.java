package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kclint.kconfig.SymbolType;
import org.kclint.resolve.KconfigIssue.Operand;

/**
 * Says why conf did not keep a requested value: which dependency failed, with the value of each of
 * its operands, and from there back to the symbols the user can set.
 */
final class DropExplainer {
  private static final int MAX_DEPTH = 4;
  private static final int MAX_CHAIN = 24;

  /** The reason and its evidence. */
  record Explanation(
      String reason,
      Optional<String> dependency,
      ImmutableList<Operand> operands,
      ImmutableList<String> chain) {}

  private final Evaluator ev;

  DropExplainer(Evaluator ev) {
    this.ev = ev;
  }

  Explanation explain(KSymbol sym, String requested) {
    Property prompt = firstPrompt(sym);
    if (sym.visible == Tri.NO && prompt != null) {
      return failing("its prompt is hidden: it depends on", prompt.visibleExpr);
    }
    if (sym.type == SymbolType.BOOL || sym.type == SymbolType.TRISTATE) {
      return explainTristate(sym, tri(requested), prompt);
    }
    if (!CNumbers.validFor(sym.type, requested)) {
      return plain("the value is not a valid " + sym.type.keyword() + "; conf ignores it");
    }
    if (!ev.stringWithinRange(sym, requested)) {
      Property range = ev.rangeProperty(sym);
      String bounds = range == null ? "" : " " + ExprPrinter.withValues(range.expr);
      return plain("the value is outside its range" + bounds + "; conf uses the default");
    }
    return plain("conf computes a different value");
  }

  private Explanation explainTristate(KSymbol sym, int requested, Property prompt) {
    if (sym.isChoiceValue() && requested == Tri.YES && sym.currTri != Tri.YES) {
      KSymbol choice = sym.choice;
      if (choice.currVal instanceof KSymbol chosen) {
        return plain("its choice selects " + chosen.displayName() + " instead");
      }
      return plain("its choice is " + Tri.spelling(choice.currTri) + ", not y");
    }
    if (requested == Tri.MOD && ev.effectiveType(sym) == SymbolType.BOOL) {
      if (sym.type == SymbolType.TRISTATE) {
        KSymbol modules = ev.model().modulesSymbol();
        return failing("m needs modules:", KExpr.symbol(modules));
      }
      return plain("a bool symbol cannot be m");
    }
    if (requested < sym.revDepTri) {
      return new Explanation(
          "it is selected by other symbols",
          Optional.of(selectors(sym.revDep)),
          operands(sym.revDep),
          ImmutableList.of());
    }
    if (requested > sym.visible && prompt != null) {
      return failing("it is limited to " + Tri.spelling(sym.visible) + " by", prompt.visibleExpr);
    }
    return plain("conf computes " + Tri.spelling(sym.currTri));
  }

  private static Explanation plain(String reason) {
    return new Explanation(reason, Optional.empty(), ImmutableList.of(), ImmutableList.of());
  }

  private Explanation failing(String reason, KExpr dep) {
    List<String> chain = new ArrayList<>();
    Set<KSymbol> seen = new HashSet<>();
    for (KSymbol s : symbolsOf(dep)) {
      if (!satisfied(s)) {
        trace(s, 0, seen, chain);
      }
    }
    return new Explanation(
        reason,
        Optional.of(ExprPrinter.withValues(dep)),
        operands(dep),
        ImmutableList.copyOf(chain));
  }

  /** One line per symbol on the way back to what the user can set. */
  private void trace(KSymbol s, int depth, Set<KSymbol> seen, List<String> chain) {
    if (!seen.add(s) || chain.size() >= MAX_CHAIN || s.name == null) {
      return;
    }
    String indent = "  ".repeat(depth);
    String head = indent + s.displayName() + " [=" + s.stringValue() + "]";
    if (settable(s)) {
      chain.add(head + ": set by the user (CONFIG_" + s.name + ")");
      return;
    }
    Property prompt = firstPrompt(s);
    KExpr next;
    if (prompt != null) {
      next = prompt.visibleExpr;
      chain.add(head + ": hidden, depends on " + ExprPrinter.withValues(next));
    } else {
      next = s.dirDep;
      String how = s.revDep == null ? "" : "; selected by " + ExprPrinter.withValues(s.revDep);
      chain.add(head + ": no prompt, depends on " + ExprPrinter.withValues(next) + how);
    }
    if (depth + 1 < MAX_DEPTH) {
      for (KSymbol operand : symbolsOf(next)) {
        if (!satisfied(operand)) {
          trace(operand, depth + 1, seen, chain);
        }
      }
    }
  }

  /** A bool or tristate operand that is y cannot be what makes a dependency fail. */
  private static boolean satisfied(KSymbol s) {
    return (s.type == SymbolType.BOOL || s.type == SymbolType.TRISTATE) && s.currTri == Tri.YES;
  }

  private boolean settable(KSymbol s) {
    return firstPrompt(s) != null && s.visible != Tri.NO && ev.isChangeable(s);
  }

  private ImmutableList<Operand> operands(KExpr e) {
    ImmutableList.Builder<Operand> b = ImmutableList.builder();
    for (KSymbol s : symbolsOf(e)) {
      b.add(new Operand(s.displayName(), s.stringValue(), settable(s)));
    }
    return b.build();
  }

  /** The top-level || terms of a reverse dependency that are not n. */
  private String selectors(KExpr e) {
    List<String> terms = new ArrayList<>();
    collectSelectors(e, terms);
    return String.join(" || ", terms);
  }

  private void collectSelectors(KExpr e, List<String> terms) {
    if (e.type == KExpr.Type.OR) {
      collectSelectors(e.left, terms);
      collectSelectors(e.right, terms);
    } else if (ev.exprValue(e) != Tri.NO) {
      terms.add(ExprPrinter.withValues(e));
    }
  }

  /** The named, non-constant symbols an expression reads, in order. */
  private static Set<KSymbol> symbolsOf(KExpr e) {
    Set<KSymbol> out = new LinkedHashSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(KExpr e, Set<KSymbol> out) {
    if (e == null) {
      return;
    }
    addSymbol(e.leftSym, out);
    addSymbol(e.rightSym, out);
    collect(e.left, out);
    collect(e.right, out);
  }

  private static void addSymbol(KSymbol s, Set<KSymbol> out) {
    if (s != null && !s.isConst() && s.type != SymbolType.UNKNOWN && s.name != null) {
      out.add(s);
    }
  }

  static Property firstPrompt(KSymbol sym) {
    for (Property p : sym.props) {
      if (p.text != null) {
        return p;
      }
    }
    return null;
  }

  private static int tri(String spelling) {
    return switch (CNumbers.at(spelling, 0)) {
      case 'y' -> Tri.YES;
      case 'm' -> Tri.MOD;
      default -> Tri.NO;
    };
  }
}
