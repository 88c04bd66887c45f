package org.kclint.resolve;

import java.util.ArrayList;
import java.util.List;
import org.kclint.kconfig.Default;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.Range;
import org.kclint.kconfig.ReverseDependency;
import org.kclint.kconfig.SymbolType;
import org.kclint.resolve.KExpr.Type;

/**
 * Builds conf's menu tree and symbols from our parsed model, doing what parser.y's actions do:
 * menu_add_entry, menu_add_prompt (with the enclosing menus' {@code visible if}), menu_add_dep,
 * menu_set_type, the {@code modules} and {@code optional} markers. The result is the tree
 * menu_finalize starts from.
 */
final class MenuBuilder {
  private final SymbolTable table = new SymbolTable();
  private final List<KSymbol> modules = new ArrayList<>();

  SymbolTable table() {
    return table;
  }

  /** The symbol carrying {@code modules}, else conf's fallback, the constant n. */
  KSymbol modulesSymbol() {
    return modules.isEmpty() ? KSymbol.NO : modules.get(0);
  }

  Menu build(KconfigTree tree) {
    MenuNode rootNode = tree.root();
    Menu root = new Menu(null, null, rootNode.position());
    String title = rootNode.prompt().map(p -> stripLeading(p.text())).orElse("Main menu");
    root.prompt = new Property(Property.Type.MENU, title, null, null, root, rootNode.position());
    addChildren(root, rootNode, new ArrayList<>());
    return root;
  }

  /** {@code visibleIfs}: the {@code visible if} of each enclosing menu, innermost last. */
  private void addChildren(Menu parent, MenuNode node, List<Expr> visibleIfs) {
    Menu last = null;
    for (MenuNode child : node.children()) {
      Menu menu = entry(parent, child, visibleIfs);
      if (last == null) {
        parent.list = menu;
      } else {
        last.next = menu;
      }
      last = menu;
      if (!child.children().isEmpty()) {
        List<Expr> inner = new ArrayList<>(visibleIfs);
        child.visibleIf().ifPresent(inner::add);
        addChildren(menu, child, inner);
      }
    }
  }

  private Menu entry(Menu parent, MenuNode node, List<Expr> visibleIfs) {
    return switch (node.kind()) {
      case CONFIG, MENUCONFIG -> symbolEntry(parent, node, visibleIfs);
      case CHOICE -> choiceEntry(parent, node, visibleIfs);
      case MENU -> {
        Menu menu = new Menu(null, parent, node.position());
        String text = node.prompt().map(p -> p.text()).orElse("");
        menu.prompt =
            new Property(Property.Type.MENU, stripLeading(text), null, null, menu, node.position());
        menu.visibility = node.visibleIf().map(this::convert).orElse(null);
        menu.dep = convert(node.dependsOn());
        yield menu;
      }
      case COMMENT -> {
        Menu menu = new Menu(null, parent, node.position());
        String text = node.prompt().map(p -> p.text()).orElse("");
        menu.prompt =
            new Property(
                Property.Type.COMMENT, stripLeading(text), null, null, menu, node.position());
        menu.dep = convert(node.dependsOn());
        yield menu;
      }
      case IF -> {
        Menu menu = new Menu(null, parent, node.position());
        menu.dep = convert(node.dependsOn());
        yield menu;
      }
      case ROOT -> throw new IllegalStateException("nested root");
    };
  }

  private Menu symbolEntry(Menu parent, MenuNode node, List<Expr> visibleIfs) {
    KSymbol sym = table.lookup(node.symbol().orElseThrow(), 0);
    sym.staticFlags |= KSymbol.OPTIONAL;
    Menu menu = entryOf(sym, parent, node);
    menu.help = node.help().orElse(null);
    node.type().ifPresent(t -> setType(sym, t));
    addPrompt(menu, node, visibleIfs);
    if (menu.prompt != null && node.kind() == MenuNode.Kind.MENUCONFIG) {
      menu.prompt.type = Property.Type.MENU;
    }
    addDefaults(menu, node);
    menu.dep = convert(node.dependsOn());
    for (ReverseDependency select : node.selects()) {
      addReverse(menu, Property.Type.SELECT, select);
    }
    for (ReverseDependency imply : node.implies()) {
      addReverse(menu, Property.Type.IMPLY, imply);
    }
    for (Range range : node.ranges()) {
      KExpr bounds = KExpr.comp(Type.RANGE, operand(range.low()), operand(range.high()));
      sym.props.add(
          new Property(
              Property.Type.RANGE,
              null,
              bounds,
              convert(range.condition()),
              menu,
              range.position()));
    }
    if (node.modules()) {
      modules.add(sym);
    }
    return menu;
  }

  private Menu choiceEntry(Menu parent, MenuNode node, List<Expr> visibleIfs) {
    KSymbol sym = table.lookup(node.symbol().orElse(null), KSymbol.CHOICE);
    sym.staticFlags |= KSymbol.NO_WRITE;
    if (node.optional()) {
      sym.staticFlags |= KSymbol.OPTIONAL;
    }
    Menu menu = entryOf(sym, parent, node);
    menu.help = node.help().orElse(null);
    node.type().ifPresent(t -> setType(sym, t));
    addPrompt(menu, node, visibleIfs);
    addDefaults(menu, node);
    menu.dep = convert(node.dependsOn());
    return menu;
  }

  /** menu_add_entry: the entry, and its P_SYMBOL property on the symbol. */
  private static Menu entryOf(KSymbol sym, Menu parent, MenuNode node) {
    Menu menu = new Menu(sym, parent, node.position());
    sym.props.add(new Property(Property.Type.SYMBOL, null, null, null, menu, node.position()));
    return menu;
  }

  private void addPrompt(Menu menu, MenuNode node, List<Expr> visibleIfs) {
    node.prompt()
        .ifPresent(
            p -> {
              KExpr visible = convert(p.condition());
              for (int i = visibleIfs.size() - 1; i >= 0; i--) {
                visible = KExpr.and(visible, convert(visibleIfs.get(i)));
              }
              Property prop =
                  new Property(
                      Property.Type.PROMPT,
                      stripLeading(p.text()),
                      null,
                      visible,
                      menu,
                      p.position());
              menu.sym.props.add(prop);
              menu.prompt = prop;
            });
  }

  private void addDefaults(Menu menu, MenuNode node) {
    for (Default d : node.defaults()) {
      menu.sym.props.add(
          new Property(
              Property.Type.DEFAULT,
              null,
              convert(d.value()),
              convert(d.condition()),
              menu,
              d.position()));
    }
  }

  private void addReverse(Menu menu, Property.Type type, ReverseDependency r) {
    KExpr target = KExpr.symbol(table.lookup(r.target(), 0));
    menu.sym.props.add(
        new Property(type, null, target, convert(r.condition()), menu, r.position()));
  }

  /** menu_set_type: the first type declared wins. */
  private static void setType(KSymbol sym, SymbolType type) {
    if (sym.type == SymbolType.UNKNOWN) {
      sym.type = type;
    }
  }

  private static String stripLeading(String text) {
    int i = 0;
    while (i < text.length() && CNumbers.isSpace(text.charAt(i))) {
      i++;
    }
    return text.substring(i);
  }

  /**
   * An expression; absent (the {@link Expr#YES} instance itself) is conf's NULL, while a {@code y}
   * the file spells out stays, as conf keeps it ({@code depends on $(cc-option,...)} in an if block
   * shows as "UBSAN && y" in menuconfig).
   */
  private KExpr convert(Expr e) {
    if (e == Expr.YES) {
      return null;
    }
    return convertNode(e);
  }

  private KExpr convertNode(Expr e) {
    if (e instanceof Expr.Sym || e instanceof Expr.Const) {
      return KExpr.symbol(operand(e));
    }
    if (e instanceof Expr.Not not) {
      return KExpr.one(Type.NOT, convertNode(not.operand()));
    }
    if (e instanceof Expr.And and) {
      return KExpr.two(Type.AND, convertNode(and.left()), convertNode(and.right()));
    }
    if (e instanceof Expr.Or or) {
      return KExpr.two(Type.OR, convertNode(or.left()), convertNode(or.right()));
    }
    Expr.Compare c = (Expr.Compare) e;
    Type type =
        switch (c.op()) {
          case EQUAL -> Type.EQUAL;
          case UNEQUAL -> Type.UNEQUAL;
          case LESS -> Type.LTH;
          case LESS_EQUAL -> Type.LEQ;
          case GREATER -> Type.GTH;
          case GREATER_EQUAL -> Type.GEQ;
        };
    return KExpr.comp(type, operand(c.left()), operand(c.right()));
  }

  private KSymbol operand(Expr e) {
    if (e instanceof Expr.Sym s) {
      return table.lookup(s.name(), 0);
    }
    if (e instanceof Expr.Const c) {
      return table.lookup(c.value(), KSymbol.CONST);
    }
    throw new IllegalArgumentException("not a symbol or constant: " + e);
  }
}
