package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.kclint.diag.Position;

/**
 * symbol.c's sym_check_deps, run on every symbol in for_all_symbols order after menu_finalize as
 * conf_parse does: a depth-first walk over each symbol's dir_dep, rev_dep, implied, property
 * conditions and default values (choices with their values as one group) that reports each cycle it
 * meets with the chain of the walk's stack, as conf prints it.
 */
final class DependencyCycles {
  /** Which of the symbol's expressions the walk is in (conf's dep_stack.expr). */
  private enum Via {
    NONE,
    DIR_DEP,
    REV_DEP,
    IMPLIED,
    DEFAULT_VALUE
  }

  /** conf's struct dep_stack, linked both ways. */
  private static final class Frame {
    Frame prev;
    Frame next;
    final KSymbol sym;
    Property prop;
    Via via = Via.NONE;

    Frame(KSymbol sym) {
      this.sym = sym;
    }
  }

  private final List<DependencyCycle> cycles = new ArrayList<>();
  private Frame top;

  static ImmutableList<DependencyCycle> find(ConfTree tree) {
    DependencyCycles walk = new DependencyCycles();
    for (KSymbol sym : tree.symbols()) {
      walk.check(sym);
    }
    return ImmutableList.copyOf(walk.cycles);
  }

  private Frame push(KSymbol sym) {
    Frame frame = new Frame(sym);
    if (top != null) {
      top.next = frame;
    }
    frame.prev = top;
    top = frame;
    return frame;
  }

  private void pop() {
    top = top.prev;
    if (top != null) {
      top.next = null;
    }
  }

  private static boolean isChoice(KSymbol sym) {
    return (sym.staticFlags & KSymbol.CHOICE) != 0;
  }

  private static boolean isChoiceValue(KSymbol sym) {
    return (sym.staticFlags & KSymbol.CHOICEVAL) != 0;
  }

  /**
   * sym_check_deps: the symbol a cycle closed on, or null. The walk marks each symbol's flags as
   * conf does ({@link KSymbol#CHECK}, {@link KSymbol#CHECKED}; {@link KSymbol#reset} clears them),
   * not sets of symbols: it meets every symbol in every dependency. Constants, which every tree and
   * thread shares, are left unmarked: with no dependencies, no cycle runs through one.
   */
  private KSymbol check(KSymbol sym) {
    if ((sym.staticFlags & KSymbol.CONST) != 0) {
      return null;
    }
    if ((sym.flags & KSymbol.CHECK) != 0) {
      report(sym);
      return sym;
    }
    if ((sym.flags & KSymbol.CHECKED) != 0) {
      return null;
    }
    KSymbol found;
    if (isChoiceValue(sym)) {
      // A choice group is checked from its choice.
      push(sym);
      found = check(sym.choice);
      pop();
    } else if (isChoice(sym)) {
      found = checkChoice(sym);
    } else {
      sym.flags |= KSymbol.CHECK | KSymbol.CHECKED;
      found = checkSymbol(sym);
      sym.flags &= ~KSymbol.CHECK;
    }
    return found;
  }

  private KSymbol checkChoice(KSymbol choice) {
    push(choice);
    for (KSymbol value : choice.choiceValues) {
      value.flags |= KSymbol.CHECK | KSymbol.CHECKED;
    }
    choice.flags |= KSymbol.CHECK | KSymbol.CHECKED;
    KSymbol found = checkSymbol(choice);
    choice.flags &= ~KSymbol.CHECK;
    if (found == null) {
      for (KSymbol value : choice.choiceValues) {
        found = checkSymbol(value);
        if (found != null) {
          break;
        }
      }
    }
    for (KSymbol value : choice.choiceValues) {
      value.flags &= ~KSymbol.CHECK;
    }
    if (found != null && isChoiceValue(found) && found.choice == choice) {
      found = choice;
    }
    pop();
    return found;
  }

  /** sym_check_sym_deps. */
  private KSymbol checkSymbol(KSymbol sym) {
    Frame frame = push(sym);
    KSymbol found = null;
    frame.via = Via.DIR_DEP;
    found = checkExpr(sym.dirDep);
    if (found == null) {
      frame.via = Via.REV_DEP;
      found = checkExpr(sym.revDep);
    }
    if (found == null) {
      frame.via = Via.IMPLIED;
      found = checkExpr(sym.implied);
    }
    if (found == null) {
      frame.via = Via.NONE;
      for (Property prop : sym.props) {
        if (prop.type == Property.Type.SELECT || prop.type == Property.Type.IMPLY) {
          continue;
        }
        frame.prop = prop;
        found = checkExpr(prop.visibleExpr);
        if (found != null) {
          break;
        }
        if (prop.type != Property.Type.DEFAULT || isChoice(sym)) {
          continue;
        }
        frame.via = Via.DEFAULT_VALUE;
        found = checkExpr(prop.expr);
        if (found != null) {
          break;
        }
        frame.via = Via.NONE;
      }
    }
    pop();
    return found;
  }

  /**
   * sym_check_expr_deps. An expression walked before without a find is skipped: every symbol in it
   * is CHECKED by then and none is on the stack (which would have been a cycle), so walking it
   * again would mark nothing and find nothing.
   */
  private KSymbol checkExpr(KExpr e) {
    if (e == null || e.cycleFree) {
      return null;
    }
    KSymbol found = walk(e);
    e.cycleFree = found == null;
    return found;
  }

  private KSymbol walk(KExpr e) {
    return switch (e.type) {
      case OR, AND -> {
        KSymbol found = checkExpr(e.left);
        yield found != null ? found : checkExpr(e.right);
      }
      case NOT -> checkExpr(e.left);
      case EQUAL, GEQ, GTH, LEQ, LTH, UNEQUAL -> {
        KSymbol found = check(e.leftSym);
        yield found != null ? found : check(e.rightSym);
      }
      case SYMBOL -> check(e.leftSym);
      default -> null;
    };
  }

  /** sym_check_print_recursive. */
  private void report(KSymbol last) {
    Frame valueFrame = null;
    if (isChoiceValue(last)) {
      valueFrame = push(last);
      last = last.choice;
    }
    Frame frame = top;
    while (frame != null && frame.sym != last) {
      frame = frame.prev;
    }
    if (frame == null) {
      cycles.add(new DependencyCycle(null, ImmutableList.of()));
      if (valueFrame != null) {
        pop();
      }
      return;
    }
    Position at = null;
    Position entry = null;
    ImmutableList.Builder<DependencyCycle.Link> chain = ImmutableList.builder();
    for (; frame != null; frame = frame.next) {
      KSymbol sym = frame.sym;
      KSymbol next = frame.next != null ? frame.next.sym : last;
      Property prop = frame.prop != null ? frame.prop : first(sym);
      if (isChoice(sym) || isChoiceValue(sym)) {
        prop = first(sym);
        entry = prop.menu.position;
      }
      if (sym == last) {
        at = prop.position;
      }
      String name = sym.displayName();
      String other = next.displayName();
      DependencyCycle.Link link;
      if (isChoice(sym)) {
        link =
            new DependencyCycle.Link(name, entry, "choice " + name + " contains symbol " + other);
      } else if (isChoiceValue(sym)) {
        link =
            new DependencyCycle.Link(name, entry, "symbol " + name + " is part of choice " + other);
      } else {
        String words =
            switch (frame.via) {
              case DIR_DEP -> "depends on";
              case REV_DEP -> "is selected by";
              case IMPLIED -> "is implied by";
              case DEFAULT_VALUE -> typeName(prop) + " value contains";
              case NONE -> typeName(prop) + " is visible depending on";
            };
        link =
            new DependencyCycle.Link(
                name, prop.position, "symbol " + name + " " + words + " " + other);
      }
      chain.add(link);
    }
    cycles.add(new DependencyCycle(at, chain.build()));
    if (valueFrame != null && top == valueFrame) {
      pop();
    }
  }

  /** The symbol's first property: its first entry's P_SYMBOL. */
  private static Property first(KSymbol sym) {
    return sym.props.get(0);
  }

  /** prop_get_type_name. */
  private static String typeName(Property prop) {
    return prop.type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
