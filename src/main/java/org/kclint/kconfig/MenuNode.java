package org.kclint.kconfig;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * One entry of the menu tree as the Kconfig files write it, in file order: the kernel's {@code
 * struct menu} before {@code menu_finalize()}. Children are the entries inside a {@code menu},
 * {@code choice} or {@code if} block (no automatic submenu nesting: that is the resolver's
 * business, as it is conf's).
 *
 * @param kind what kind of entry this is
 * @param symbol CONFIG and MENUCONFIG: the symbol defined; CHOICE: its name, if it has one
 * @param prompt the prompt, for entries that have one (the last, if it has several; ROOT: the
 *     {@code mainmenu} text, "Main menu" without one). Its condition is the prompt's own {@code
 *     if}: the {@code visible if} of enclosing menus is not ANDed in (conf's {@code
 *     menu_add_prompt()} does that for {@code prompt}s, not for menus and comments)
 * @param dependsOn this entry's own {@code depends on} lines ANDed in order; IF: the {@code if}
 *     condition; {@link Expr#YES} when there is none
 * @param inherited what the enclosing {@code if}, {@code menu} and {@code choice} blocks add: the
 *     AND, outermost first, of their {@link #dependsOn}; {@link Expr#YES} at top level
 * @param visibleIf MENU: its {@code visible if} condition
 * @param type the type this entry declares ({@code bool}, {@code def_bool}, …), if any (the first,
 *     when it declares several); CHOICE without a declared type: the type conf infers for it in
 *     {@code menu_finalize()} (its first typed member's), if any
 * @param defaults {@code default}, {@code def_bool}, {@code def_tristate} values, in file order
 * @param selects {@code select} lines in file order
 * @param implies {@code imply} lines in file order
 * @param ranges {@code range} lines in file order
 * @param help the help text with its common indentation removed, if any
 * @param modules whether the entry carries the {@code modules} attribute (6.1's MODULES marker)
 * @param optional CHOICE: whether it is {@code optional}
 * @param children the entries inside this block, in file order
 * @param position where the entry starts (its keyword)
 */
public record MenuNode(
    Kind kind,
    Optional<String> symbol,
    Optional<Prompt> prompt,
    Expr dependsOn,
    Expr inherited,
    Optional<Expr> visibleIf,
    Optional<SymbolType> type,
    ImmutableList<Default> defaults,
    ImmutableList<ReverseDependency> selects,
    ImmutableList<ReverseDependency> implies,
    ImmutableList<Range> ranges,
    Optional<String> help,
    boolean modules,
    boolean optional,
    ImmutableList<MenuNode> children,
    Position position) {

  public enum Kind {
    /** The whole tree; its prompt is the {@code mainmenu} text. */
    ROOT,
    CONFIG,
    MENUCONFIG,
    CHOICE,
    MENU,
    COMMENT,
    IF
  }

  /** Everything this entry depends on: {@code inherited && dependsOn}. */
  public Expr dependency() {
    return Expr.and(inherited, dependsOn);
  }

  /** Whether this entry defines a symbol ({@code config} or {@code menuconfig}). */
  public boolean definesSymbol() {
    return kind == Kind.CONFIG || kind == Kind.MENUCONFIG;
  }
}
