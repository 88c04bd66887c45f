package org.kclint.kconfig.cache;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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

/**
 * A {@link KconfigTree} in binary and back, equal to the tree written and shaped like it: each
 * expression object shared in the tree (the {@code inherited} condition of every entry in a block)
 * is written once and shared again when read, {@link Expr#YES} is read as itself (the resolver
 * tells an absent condition by identity), and a symbol's definitions are the very menu nodes of the
 * tree.
 */
final class TreeCodec {
  private static final int SYM = 0;
  private static final int CONST = 1;
  private static final int NOT = 2;
  private static final int AND = 3;
  private static final int OR = 4;
  private static final int COMPARE = 5;

  private static final int HAS_SYMBOL = 1;
  private static final int HAS_PROMPT = 2;
  private static final int HAS_VISIBLE_IF = 4;
  private static final int HAS_TYPE = 8;
  private static final int HAS_HELP = 16;
  private static final int MODULES = 32;
  private static final int OPTIONAL = 64;

  private static final MenuNode.Kind[] KINDS = MenuNode.Kind.values();
  private static final SymbolType[] TYPES = SymbolType.values();
  private static final Expr.CompareOp[] OPS = Expr.CompareOp.values();

  private TreeCodec() {}

  static void write(KconfigTree tree, EntryOutput out) {
    new Writer(out).tree(tree);
  }

  static KconfigTree read(EntryInput in) {
    return new Reader(in).tree();
  }

  private static final class Writer {
    private final EntryOutput out;

    /** Expressions written so far, numbered from 1 (0 is {@link Expr#YES}). */
    private final Map<Expr, Integer> exprs = new IdentityHashMap<>();

    private final Map<MenuNode, Integer> nodes = new IdentityHashMap<>();

    Writer(EntryOutput out) {
      this.out = out;
      exprs.put(Expr.YES, 0);
    }

    void tree(KconfigTree tree) {
      node(tree.root());
      out.writeNumber(tree.symbols().size());
      for (Symbol symbol : tree.symbols().values()) {
        out.writeString(symbol.name());
        out.writeNumber(symbol.type().ordinal());
        out.writeNumber(symbol.definitions().size());
        for (MenuNode definition : symbol.definitions()) {
          Integer index = nodes.get(definition);
          if (index == null) {
            throw new IllegalArgumentException(symbol.name() + " is defined outside the tree");
          }
          out.writeNumber(index);
        }
      }
      out.writeStrings(tree.files());
      out.writeStrings(tree.unknownShellSymbols().asList());
    }

    private void node(MenuNode node) {
      nodes.put(node, nodes.size());
      out.writeNumber(node.kind().ordinal());
      int flags =
          (node.symbol().isPresent() ? HAS_SYMBOL : 0)
              | (node.prompt().isPresent() ? HAS_PROMPT : 0)
              | (node.visibleIf().isPresent() ? HAS_VISIBLE_IF : 0)
              | (node.type().isPresent() ? HAS_TYPE : 0)
              | (node.help().isPresent() ? HAS_HELP : 0)
              | (node.modules() ? MODULES : 0)
              | (node.optional() ? OPTIONAL : 0);
      out.writeNumber(flags);
      node.symbol().ifPresent(out::writeString);
      node.prompt().ifPresent(this::prompt);
      expr(node.dependsOn());
      expr(node.inherited());
      node.visibleIf().ifPresent(this::expr);
      node.type().ifPresent(t -> out.writeNumber(t.ordinal()));
      out.writeNumber(node.defaults().size());
      for (Default d : node.defaults()) {
        expr(d.value());
        expr(d.condition());
        position(d.position());
      }
      reverse(node.selects());
      reverse(node.implies());
      out.writeNumber(node.ranges().size());
      for (Range r : node.ranges()) {
        expr(r.low());
        expr(r.high());
        expr(r.condition());
        position(r.position());
      }
      node.help().ifPresent(out::writeString);
      position(node.position());
      out.writeNumber(node.children().size());
      node.children().forEach(this::node);
    }

    private void prompt(Prompt prompt) {
      out.writeString(prompt.text());
      expr(prompt.condition());
      position(prompt.position());
    }

    private void reverse(List<ReverseDependency> list) {
      out.writeNumber(list.size());
      for (ReverseDependency r : list) {
        out.writeString(r.target());
        expr(r.condition());
        position(r.position());
      }
    }

    private void position(Position p) {
      out.writeString(p.file());
      out.writeNumber(p.line());
      out.writeNumber(p.column());
    }

    /**
     * An expression seen before as its number + 1; a new one as 0, its operator and operands, and
     * numbered after its operands, as the reader numbers it.
     */
    private void expr(Expr e) {
      Integer known = exprs.get(e);
      if (known != null) {
        out.writeNumber(known + 1);
        return;
      }
      out.writeNumber(0);
      if (e instanceof Expr.Sym s) {
        out.writeNumber(SYM);
        out.writeString(s.name());
      } else if (e instanceof Expr.Const c) {
        out.writeNumber(CONST);
        out.writeString(c.value());
      } else if (e instanceof Expr.Not n) {
        out.writeNumber(NOT);
        expr(n.operand());
      } else if (e instanceof Expr.And a) {
        out.writeNumber(AND);
        expr(a.left());
        expr(a.right());
      } else if (e instanceof Expr.Or o) {
        out.writeNumber(OR);
        expr(o.left());
        expr(o.right());
      } else {
        Expr.Compare c = (Expr.Compare) e;
        out.writeNumber(COMPARE);
        out.writeNumber(c.op().ordinal());
        expr(c.left());
        expr(c.right());
      }
      exprs.put(e, exprs.size());
    }
  }

  private static final class Reader {
    private final EntryInput in;
    private final List<Expr> exprs = new ArrayList<>();
    private final List<MenuNode> nodes = new ArrayList<>();

    Reader(EntryInput in) {
      this.in = in;
      exprs.add(Expr.YES);
    }

    KconfigTree tree() {
      MenuNode root = node();
      int count = in.readCount();
      ImmutableMap.Builder<String, Symbol> symbols = ImmutableMap.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        String name = in.readString();
        SymbolType type = TYPES[in.readIndex(TYPES.length)];
        int definitions = in.readCount();
        ImmutableList.Builder<MenuNode> defs = ImmutableList.builderWithExpectedSize(definitions);
        for (int d = 0; d < definitions; d++) {
          defs.add(nodes.get(in.readIndex(nodes.size())));
        }
        symbols.put(name, new Symbol(name, type, defs.build()));
      }
      ImmutableList<String> files = in.readStrings();
      ImmutableSet<String> unknownShell = ImmutableSet.copyOf(in.readStrings());
      try {
        return new KconfigTree(root, symbols.buildOrThrow(), files, unknownShell);
      } catch (IllegalArgumentException duplicate) {
        throw new DamagedEntryException("a symbol named twice");
      }
    }

    private MenuNode node() {
      int index = nodes.size();
      nodes.add(null);
      MenuNode.Kind kind = KINDS[in.readIndex(KINDS.length)];
      int flags = in.readIndex(OPTIONAL << 1);
      Optional<String> symbol =
          has(flags, HAS_SYMBOL) ? Optional.of(in.readString()) : Optional.empty();
      Optional<Prompt> prompt = has(flags, HAS_PROMPT) ? Optional.of(prompt()) : Optional.empty();
      Expr dependsOn = expr();
      Expr inherited = expr();
      Optional<Expr> visibleIf =
          has(flags, HAS_VISIBLE_IF) ? Optional.of(expr()) : Optional.empty();
      Optional<SymbolType> type =
          has(flags, HAS_TYPE) ? Optional.of(TYPES[in.readIndex(TYPES.length)]) : Optional.empty();
      int count = in.readCount();
      ImmutableList.Builder<Default> defaults = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        defaults.add(new Default(expr(), expr(), position()));
      }
      ImmutableList<ReverseDependency> selects = reverse();
      ImmutableList<ReverseDependency> implies = reverse();
      count = in.readCount();
      ImmutableList.Builder<Range> ranges = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        ranges.add(new Range(expr(), expr(), expr(), position()));
      }
      Optional<String> help =
          has(flags, HAS_HELP) ? Optional.of(in.readString()) : Optional.empty();
      Position position = position();
      count = in.readCount();
      ImmutableList.Builder<MenuNode> children = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        children.add(node());
      }
      MenuNode node =
          new MenuNode(
              kind,
              symbol,
              prompt,
              dependsOn,
              inherited,
              visibleIf,
              type,
              defaults.build(),
              selects,
              implies,
              ranges.build(),
              help,
              has(flags, MODULES),
              has(flags, OPTIONAL),
              children.build(),
              position);
      nodes.set(index, node);
      return node;
    }

    private static boolean has(int flags, int flag) {
      return (flags & flag) != 0;
    }

    private Prompt prompt() {
      return new Prompt(in.readString(), expr(), position());
    }

    private ImmutableList<ReverseDependency> reverse() {
      int count = in.readCount();
      ImmutableList.Builder<ReverseDependency> list = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        list.add(new ReverseDependency(in.readString(), expr(), position()));
      }
      return list.build();
    }

    private Position position() {
      return new Position(in.readString(), in.readNumber(), in.readNumber());
    }

    private Expr expr() {
      int ref = in.readIndex(exprs.size() + 1);
      if (ref > 0) {
        return exprs.get(ref - 1);
      }
      Expr e =
          switch (in.readNumber()) {
            case SYM -> new Expr.Sym(in.readString());
            case CONST -> new Expr.Const(in.readString());
            case NOT -> new Expr.Not(expr());
            case AND -> new Expr.And(expr(), expr());
            case OR -> new Expr.Or(expr(), expr());
            case COMPARE -> new Expr.Compare(OPS[in.readIndex(OPS.length)], expr(), expr());
            default -> throw new DamagedEntryException("unknown expression kind");
          };
      exprs.add(e);
      return e;
    }
  }
}
