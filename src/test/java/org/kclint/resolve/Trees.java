package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kclint.diag.Position;
import org.kclint.kconfig.Default;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.Prompt;
import org.kclint.kconfig.Range;
import org.kclint.kconfig.ReverseDependency;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.SymbolType;

/** Builds small Kconfig trees from the model records, as the parser would, for unit tests. */
final class Trees {
  private static final Position POS = new Position("Kconfig", 1, 1);

  private Trees() {}

  /** A mutable description of one entry, turned into a {@link MenuNode} by {@link #node}. */
  static final class Entry {
    final MenuNode.Kind kind;
    String symbol;
    String prompt;
    Expr promptIf = Expr.YES;
    Expr dependsOn = Expr.YES;
    Expr visibleIf;
    SymbolType type;
    final List<Default> defaults = new ArrayList<>();
    final List<ReverseDependency> selects = new ArrayList<>();
    final List<ReverseDependency> implies = new ArrayList<>();
    final List<Range> ranges = new ArrayList<>();
    boolean modules;
    boolean optional;
    final List<Entry> children = new ArrayList<>();

    Entry(MenuNode.Kind kind) {
      this.kind = kind;
    }

    Entry type(SymbolType t) {
      type = t;
      return this;
    }

    Entry prompt(String text) {
      prompt = text;
      return this;
    }

    Entry promptIf(String text, Expr cond) {
      prompt = text;
      promptIf = cond;
      return this;
    }

    Entry depends(Expr e) {
      dependsOn = Expr.and(dependsOn, e);
      return this;
    }

    Entry visibleIf(Expr e) {
      visibleIf = e;
      return this;
    }

    Entry def(Expr value) {
      return def(value, Expr.YES);
    }

    Entry def(Expr value, Expr cond) {
      defaults.add(new Default(value, cond, POS));
      return this;
    }

    Entry select(String target) {
      return select(target, Expr.YES);
    }

    Entry select(String target, Expr cond) {
      selects.add(new ReverseDependency(target, cond, POS));
      return this;
    }

    Entry imply(String target) {
      implies.add(new ReverseDependency(target, Expr.YES, POS));
      return this;
    }

    Entry range(Expr low, Expr high) {
      ranges.add(new Range(low, high, Expr.YES, POS));
      return this;
    }

    Entry modules() {
      modules = true;
      return this;
    }

    Entry optional() {
      optional = true;
      return this;
    }

    Entry add(Entry... entries) {
      children.addAll(List.of(entries));
      return this;
    }
  }

  static Entry config(String name, SymbolType type, String prompt) {
    Entry e = new Entry(MenuNode.Kind.CONFIG);
    e.symbol = name;
    e.type = type;
    e.prompt = prompt;
    return e;
  }

  static Entry menu(String prompt) {
    Entry e = new Entry(MenuNode.Kind.MENU);
    e.prompt = prompt;
    return e;
  }

  static Entry choice(String prompt) {
    Entry e = new Entry(MenuNode.Kind.CHOICE);
    e.prompt = prompt;
    return e;
  }

  static Entry ifBlock(Expr cond) {
    Entry e = new Entry(MenuNode.Kind.IF);
    e.dependsOn = cond;
    return e;
  }

  static Expr sym(String name) {
    return new Expr.Sym(name);
  }

  static Expr c(String value) {
    return new Expr.Const(value);
  }

  static Expr not(Expr e) {
    return new Expr.Not(e);
  }

  static Expr and(Expr a, Expr b) {
    return new Expr.And(a, b);
  }

  static Expr or(Expr a, Expr b) {
    return new Expr.Or(a, b);
  }

  static Expr eq(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.EQUAL, a, b);
  }

  static KconfigTree tree(String mainmenu, Entry... top) {
    Map<String, List<MenuNode>> defs = new LinkedHashMap<>();
    Map<String, SymbolType> types = new LinkedHashMap<>();
    List<MenuNode> children = new ArrayList<>();
    for (Entry e : top) {
      children.add(node(e, Expr.YES, defs, types));
    }
    MenuNode root =
        new MenuNode(
            MenuNode.Kind.ROOT,
            Optional.empty(),
            Optional.ofNullable(mainmenu).map(t -> new Prompt(t, Expr.YES, POS)),
            Expr.YES,
            Expr.YES,
            Optional.empty(),
            Optional.empty(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            Optional.empty(),
            false,
            false,
            ImmutableList.copyOf(children),
            POS);
    ImmutableMap.Builder<String, Symbol> symbols = ImmutableMap.builder();
    defs.forEach(
        (name, nodes) ->
            symbols.put(
                name,
                new Symbol(
                    name,
                    types.getOrDefault(name, SymbolType.UNKNOWN),
                    ImmutableList.copyOf(nodes))));
    return new KconfigTree(root, symbols.build(), ImmutableList.of("Kconfig"));
  }

  private static MenuNode node(
      Entry e, Expr inherited, Map<String, List<MenuNode>> defs, Map<String, SymbolType> types) {
    List<MenuNode> children = new ArrayList<>();
    Expr inner = e.kind == MenuNode.Kind.CONFIG ? inherited : Expr.and(inherited, e.dependsOn);
    for (Entry child : e.children) {
      children.add(node(child, inner, defs, types));
    }
    MenuNode n =
        new MenuNode(
            e.kind,
            Optional.ofNullable(e.symbol),
            Optional.ofNullable(e.prompt).map(t -> new Prompt(t, e.promptIf, POS)),
            e.dependsOn,
            inherited,
            Optional.ofNullable(e.visibleIf),
            Optional.ofNullable(e.type),
            ImmutableList.copyOf(e.defaults),
            ImmutableList.copyOf(e.selects),
            ImmutableList.copyOf(e.implies),
            ImmutableList.copyOf(e.ranges),
            Optional.empty(),
            e.modules,
            e.optional,
            ImmutableList.copyOf(children),
            POS);
    if (e.kind == MenuNode.Kind.CONFIG && e.symbol != null) {
      defs.computeIfAbsent(e.symbol, k -> new ArrayList<>()).add(n);
      if (e.type != null) {
        types.putIfAbsent(e.symbol, e.type);
      }
    }
    return n;
  }
}
