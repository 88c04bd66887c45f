package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kclint.config.ConfigDocument;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfig.Assignment;
import org.kclint.config.DotConfig.Kind;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.Position;
import org.kclint.diag.Suggestions;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.SymbolType;

/**
 * Compares what a config asked for with what conf made of it, after a run: the Kconfig-level issues
 * of SPEC §3, from conf's own messages and the final symbol state.
 */
final class Audit {
  /** How conf writes a symbol that it leaves out of the output. */
  static final String UNSET = "(unset)";

  private final Evaluator ev;
  private final ConfTree model;
  private final DotConfig input;
  private final List<KconfigIssue> issues = new ArrayList<>();

  /** Each symbol's last line in the input, made when an unmet dependency first needs it. */
  private Map<String, Position> lines;

  Audit(Evaluator ev, DotConfig input) {
    this.ev = ev;
    this.model = ev.model();
    this.input = input;
  }

  ImmutableList<KconfigIssue> run(
      List<ConfMessage> messages, ConfigDocument output, Resolver.Mode mode) {
    fromMessages(messages);
    Map<String, String> resolved = new HashMap<>();
    for (ConfigDocument.Item item : output.items()) {
      if (item instanceof ConfigDocument.Value v) {
        resolved.put(
            v.name(),
            v.type() == ConfigDocument.ValueType.STRING
                ? DotConfigWriter.quote(v.value())
                : v.value());
      }
    }
    compareValues(resolved);
    if (mode == Resolver.Mode.OLDDEFCONFIG) {
      Set<String> mentioned = new HashSet<>();
      input.assignments().forEach(a -> mentioned.add(a.name()));
      new StaleSymbols(ev, input.file(), mentioned, issues).check();
    }
    return ImmutableList.copyOf(issues);
  }

  private void fromMessages(List<ConfMessage> messages) {
    Map<Integer, Assignment> byLine = new HashMap<>();
    for (Assignment a : input.assignments()) {
      byLine.put(a.position().line(), a);
    }
    Earlier earlier = new Earlier();
    Set<String> unmetSeen = new HashSet<>();
    for (ConfMessage m : messages) {
      Position at = m.position().orElse(null);
      switch (m.kind()) {
        case OVERRIDE ->
            issues.add(
                new KconfigIssue.DuplicateAssignment(
                    at, m.symbol(), earlier.assignment.getOrDefault(at.line(), at)));
        case CHOICE_OVERRIDE ->
            issues.add(
                new KconfigIssue.ChoiceConflict(
                    at, m.symbol(), Optional.ofNullable(earlier.choiceMember.get(at.line()))));
        case INVALID_VALUE, INVALID_STRING -> {
          Assignment a = byLine.get(at.line());
          issues.add(
              new KconfigIssue.InvalidValue(at, m.symbol(), a == null ? "" : a.value(), m.text()));
        }
        case UNMET_DEPENDENCY -> {
          if (unmetSeen.add(m.symbol())) {
            issues.add(unmet(m));
          }
        }
        default -> {}
      }
    }
    Suggestions known = null;
    for (Assignment a : input.assignments()) {
      if (!model.definitions().containsKey(a.name())) {
        if (known == null) {
          known = Suggestions.of(model.definitions().keySet());
        }
        issues.add(new KconfigIssue.UnknownSymbol(a.position(), a.name(), known.closest(a.name())));
      }
    }
  }

  /**
   * What came before each line of the input, found in one pass (a search per conf message was
   * quadratic: 100,000 duplicate lines took minutes).
   */
  private final class Earlier {
    /** By line: the previous assignment of the same symbol. */
    final Map<Integer, Position> assignment = new HashMap<>();

    /** By line: the last other member of the same choice set to y before it. */
    final Map<Integer, String> choiceMember = new HashMap<>();

    Earlier() {
      Map<String, Position> last = new HashMap<>();
      // Per choice, the last member set to y and the last one set to y before it that differs.
      Map<KSymbol, String> lastY = new HashMap<>();
      Map<KSymbol, String> lastOtherY = new HashMap<>();
      for (Assignment a : input.assignments()) {
        int line = a.position().line();
        Position before = last.put(a.name(), a.position());
        if (before != null) {
          assignment.put(line, before);
        }
        KSymbol sym = model.find(a.name());
        if (sym == null || sym.choice == null) {
          continue;
        }
        String y = lastY.get(sym.choice);
        String other = a.name().equals(y) ? lastOtherY.get(sym.choice) : y;
        if (other != null) {
          choiceMember.put(line, other);
        }
        if (a.kind() == Kind.SET && a.value().startsWith("y") && !a.name().equals(y)) {
          if (y != null) {
            lastOtherY.put(sym.choice, y);
          }
          lastY.put(sym.choice, a.name());
        }
      }
    }
  }

  private KconfigIssue unmet(ConfMessage m) {
    KSymbol sym = model.find(m.symbol());
    List<String> selectors = new ArrayList<>();
    collectSelectors(sym.revDep, selectors);
    return new KconfigIssue.UnmetDependency(
        unmetPosition(sym),
        m.symbol(),
        ExprPrinter.withValues(sym.dirDep),
        ImmutableList.copyOf(selectors),
        m.text());
  }

  private void collectSelectors(KExpr e, List<String> out) {
    if (e == null) {
      return;
    }
    if (e.type == KExpr.Type.OR) {
      collectSelectors(e.left, out);
      collectSelectors(e.right, out);
    } else if (ev.exprValue(e) != Tri.NO) {
      out.add(ExprPrinter.withValues(e));
    }
  }

  /** The symbol's own line in the input, else its first selector's, else its definition. */
  private Position unmetPosition(KSymbol sym) {
    if (lines == null) {
      lines = new HashMap<>();
      for (Assignment a : input.assignments()) {
        lines.put(a.name(), a.position());
      }
    }
    if (lines.containsKey(sym.name)) {
      return lines.get(sym.name);
    }
    for (String selector : selectorNames(sym.revDep)) {
      if (lines.containsKey(selector)) {
        return lines.get(selector);
      }
    }
    return definition(sym.name);
  }

  private List<String> selectorNames(KExpr e) {
    List<String> names = new ArrayList<>();
    selectorNames(e, names);
    return names;
  }

  /** The selecting symbol of each active {@code SELECTOR && condition} term. */
  private void selectorNames(KExpr e, List<String> out) {
    if (e == null) {
      return;
    }
    if (e.type == KExpr.Type.OR) {
      selectorNames(e.left, out);
      selectorNames(e.right, out);
      return;
    }
    if (ev.exprValue(e) == Tri.NO) {
      return;
    }
    KExpr head = e.type == KExpr.Type.AND ? e.left : e;
    if (head.type == KExpr.Type.SYMBOL) {
      out.add(head.leftSym.displayName());
    }
  }

  private Position definition(String name) {
    Symbol s = model.definitions().get(name);
    return s == null ? Position.ofLine(input.file(), 0) : s.definitions().get(0).position();
  }

  private void compareValues(Map<String, String> resolved) {
    Map<String, Assignment> last = new LinkedHashMap<>();
    for (Assignment a : input.assignments()) {
      last.remove(a.name());
      last.put(a.name(), a);
    }
    DropExplainer explainer = new DropExplainer(ev);
    for (Assignment a : last.values()) {
      Symbol defined = model.definitions().get(a.name());
      KSymbol sym = model.find(a.name());
      if (defined == null || sym == null || sym.isChoice()) {
        continue;
      }
      String requested = requestedSpelling(sym.type, a);
      String got = resolved.getOrDefault(a.name(), absent(sym.type));
      if (sameValue(sym.type, requested, got)) {
        continue;
      }
      if (!defined.prompted()) {
        issues.add(new KconfigIssue.NotUserSettable(a.position(), a.name(), requested, got));
        continue;
      }
      String value =
          sym.type == SymbolType.STRING && a.quoted()
              ? Optional.ofNullable(ConfigLoader.unescape(a.value())).orElse(a.value())
              : requested;
      DropExplainer.Explanation why = explainer.explain(sym, value);
      issues.add(
          new KconfigIssue.ValueDropped(
              a.position(),
              a.name(),
              requested,
              got,
              why.reason(),
              why.dependency(),
              why.operands(),
              why.chain()));
    }
  }

  private static String absent(SymbolType type) {
    return type == SymbolType.BOOL || type == SymbolType.TRISTATE ? "n" : UNSET;
  }

  /** The input's value as conf reads it: y/m/n by first letter, others as written. */
  static String requestedSpelling(SymbolType type, Assignment a) {
    if (a.kind() == Kind.NOT_SET) {
      return "n";
    }
    String v = a.value();
    if ((type == SymbolType.BOOL || type == SymbolType.TRISTATE)
        && !v.isEmpty()
        && "ymn".indexOf(v.charAt(0)) >= 0) {
      return v.substring(0, 1);
    }
    return v;
  }

  private static boolean sameValue(SymbolType type, String requested, String resolved) {
    if (type == SymbolType.STRING && requested.startsWith("\"")) {
      String unquoted = ConfigLoader.unescape(requested);
      return unquoted != null && DotConfigWriter.quote(unquoted).equals(resolved);
    }
    return requested.equals(resolved);
  }
}
