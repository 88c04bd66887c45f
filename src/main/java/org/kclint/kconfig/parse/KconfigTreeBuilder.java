package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.LocatedMessage;
import org.kclint.diag.Position;
import org.kclint.kconfig.Default;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.MenuNode.Kind;
import org.kclint.kconfig.Prompt;
import org.kclint.kconfig.Range;
import org.kclint.kconfig.ReverseDependency;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.SymbolType;
import org.kclint.kconfig.parse.KconfigParser.AndExprContext;
import org.kclint.kconfig.parse.KconfigParser.AssignmentStmtContext;
import org.kclint.kconfig.parse.KconfigParser.ChoiceOptionContext;
import org.kclint.kconfig.parse.KconfigParser.ChoiceStatementContext;
import org.kclint.kconfig.parse.KconfigParser.ChoiceStmtContext;
import org.kclint.kconfig.parse.KconfigParser.CommentStmtContext;
import org.kclint.kconfig.parse.KconfigParser.CompareExprContext;
import org.kclint.kconfig.parse.KconfigParser.ConfigOptionContext;
import org.kclint.kconfig.parse.KconfigParser.DependsOptionContext;
import org.kclint.kconfig.parse.KconfigParser.EndContext;
import org.kclint.kconfig.parse.KconfigParser.ExprContext;
import org.kclint.kconfig.parse.KconfigParser.HelpOptionContext;
import org.kclint.kconfig.parse.KconfigParser.IfExprContext;
import org.kclint.kconfig.parse.KconfigParser.KconfigFileContext;
import org.kclint.kconfig.parse.KconfigParser.MacroStmtContext;
import org.kclint.kconfig.parse.KconfigParser.MenuStmtContext;
import org.kclint.kconfig.parse.KconfigParser.NotExprContext;
import org.kclint.kconfig.parse.KconfigParser.OrExprContext;
import org.kclint.kconfig.parse.KconfigParser.ParenExprContext;
import org.kclint.kconfig.parse.KconfigParser.SourceStmtContext;
import org.kclint.kconfig.parse.KconfigParser.StatementContext;
import org.kclint.kconfig.parse.KconfigParser.StringContext;
import org.kclint.kconfig.parse.KconfigParser.SymbolContext;
import org.kclint.kconfig.parse.KconfigParser.SymbolExprContext;
import org.kclint.kconfig.parse.KconfigParser.WordContext;

/**
 * Walks the parse trees of a Kconfig tree in reading order, following {@code source} lines into the
 * files they name and expanding macros as it goes, and builds the immutable model: the kernel's
 * menu tree as the parser leaves it (parser.y, menu.c before {@code menu_finalize()}), plus the
 * type inference of choices that {@code menu_finalize()} does.
 */
final class KconfigTreeBuilder {
  static final int MAX_SOURCE_DEPTH = InputLimits.MAX_SOURCE_DEPTH;

  private final KconfigFiles files;
  private final KconfigFileParser parser;
  private final Preprocessor macros;

  /** Warnings, and the errors conf reads on after. */
  private final ParseErrors warnings;

  /** conf's words for each line its parser could not take, by the token standing for it. */
  private final Map<Token, KconfigFileParser.SyntaxError> syntaxErrors = new IdentityHashMap<>();

  /** The lexer's warnings of each file being read, innermost first, and how many are printed. */
  private final Deque<Lexed> lexed = new ArrayDeque<>();

  /** The end keywords the file parser added where a file ends inside blocks. */
  private final Set<Token> closings = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The blocks open in conf's parser, innermost first. conf parses one token stream through every
   * source line, so an end keyword closes the innermost block open anywhere, in this file or in one
   * that sourced it; kclint's parse trees are per file.
   */
  private final Deque<OpenBlock> open = new ArrayDeque<>();

  /** A block as conf's parser keeps it: its keyword and where that stands. */
  private record OpenBlock(String keyword, Position position) {}

  private final Set<String> filesRead = new LinkedHashSet<>();

  /** Files read so far, repeats included: sourcing a file twice per level grows exponentially. */
  private int reads;

  private final Deque<String> including = new ArrayDeque<>();

  /** Where each file of {@link #including} was sourced from, innermost first. */
  private final Deque<Position> sourcedAt = new ArrayDeque<>();

  /** Symbol types, in order of first definition: the first type declared wins (menu_set_type). */
  private final Map<String, SymbolType> types = new LinkedHashMap<>();

  /** Definitions read so far of each symbol, a file sourced twice counting twice. */
  private final Map<String, Integer> definitions = new HashMap<>();

  private final Set<String> unknownShellSymbols = new LinkedHashSet<>();
  private Optional<String> modulesSymbol = Optional.empty();
  private String file = "";

  /**
   * A menuconfig without prompt waits for the next token: conf's parser warns when it reads it, at
   * its line, in whatever file it is.
   */
  private boolean promptlessMenuconfig;

  /** The lexer's line at the end of the top file (its newlines + 1), where conf's input ends. */
  private int endLine;

  KconfigTreeBuilder(KconfigFiles files, Preprocessor macros, ParseErrors warnings) {
    this.files = files;
    this.parser = new KconfigFileParser();
    this.macros = macros;
    this.warnings = warnings;
  }

  KconfigTree build(String topFile) {
    Draft root = new Draft(Kind.ROOT, Position.ofLine(topFile, 1), Expr.YES);
    read(topFile, new Scope(root, Expr.YES, false), Position.ofLine(topFile, 0));
    // After the last file conf has no current file: its parser names the place "<none>".
    nextToken(Position.ofLine("<none>", endLine));
    if (!open.isEmpty()) {
      // conf's parser meets the end of its input inside blocks, and bison pops them.
      OpenBlock innermost = open.peek();
      String message =
          "'"
              + innermost.keyword
              + "' is not closed: 'end"
              + innermost.keyword
              + "' missing before the end of the file";
      warnings.error(innermost.position, message, "<none>:" + (endLine + 1) + ": syntax error");
      for (OpenBlock block : open) {
        warnings.error(
            innermost.position,
            message,
            location(block.position) + ": missing end statement for this entry");
      }
    }
    if (root.prompt == null) {
      root.prompt = new Prompt("Main menu", Expr.YES, root.position);
    }
    inferChoiceTypes(root);
    Map<String, ImmutableList.Builder<MenuNode>> definitions = new LinkedHashMap<>();
    for (String name : types.keySet()) {
      definitions.put(name, ImmutableList.builder());
    }
    MenuNode rootNode = root.freeze(definitions);
    ImmutableMap.Builder<String, Symbol> symbols = ImmutableMap.builder();
    definitions.forEach(
        (name, nodes) -> symbols.put(name, new Symbol(name, types.get(name), nodes.build())));
    return new KconfigTree(
        rootNode,
        symbols.build(),
        ImmutableList.copyOf(filesRead),
        ImmutableSet.copyOf(unknownShellSymbols));
  }

  /** Where the statements of {@code parent}'s block go, and what the blocks around add. */
  private record Scope(Draft parent, Expr inherited, boolean unknownShell) {}

  private void read(String name, Scope scope, Position where) {
    if (including.contains(name)) {
      throw recursiveInclusion(name, where);
    }
    if (including.size() >= MAX_SOURCE_DEPTH) {
      throw new InputException(where, "source nested more than " + MAX_SOURCE_DEPTH + " deep");
    }
    if (++reads > InputLimits.MAX_SOURCED_FILES) {
      throw new InputException(
          where, "more than " + InputLimits.MAX_SOURCED_FILES + " Kconfig files sourced");
    }
    filesRead.add(name);
    String text = files.read(name, where);
    if (including.isEmpty()) {
      endLine = (int) text.chars().filter(c -> c == '\n').count() + 1;
    }
    KconfigFileParser.ParsedFile parsed = parser.parse(name, text);
    syntaxErrors.putAll(parsed.errors());
    closings.addAll(parsed.closings());
    lexed.push(new Lexed(parsed.lexerWarnings()));
    KconfigFileContext tree = parsed.tree();
    String outer = file;
    file = name;
    including.push(name);
    sourcedAt.push(where);
    if (tree.mainmenuStmt() != null) {
      Token keyword = tree.mainmenuStmt().MAINMENU().getSymbol();
      if (including.size() > 1 || scope.parent.kind != Kind.ROOT) {
        throw new InputException(
            position(keyword), "'mainmenu' is allowed only at the start of the top Kconfig file");
      }
      scope.parent.prompt =
          new Prompt(string(tree.mainmenuStmt().string()), Expr.YES, position(keyword));
    }
    for (StatementContext statement : tree.statement()) {
      statement(statement.getChild(0), scope);
    }
    lexedUpTo(Integer.MAX_VALUE);
    lexed.pop();
    including.pop();
    sourcedAt.pop();
    file = outer;
  }

  /** lexer.l's zconf_nextfile: conf prints the chain back to the file's first inclusion. */
  private InputException recursiveInclusion(String name, Position where) {
    List<String> chain = new ArrayList<>(including);
    Collections.reverse(chain);
    StringBuilder printed =
        new StringBuilder("Recursive inclusion detected.\nInclusion path:\n")
            .append("  current file : ")
            .append(name)
            .append("\n  included from: ")
            .append(where.file())
            .append(':')
            .append(where.line());
    Iterator<Position> from = sourcedAt.iterator();
    for (String open : including) {
      Position at = from.next();
      if (open.equals(name)) {
        break;
      }
      printed.append("\n  included from: ").append(at.file()).append(':').append(at.line());
    }
    return new InputException(
        where,
        "recursive inclusion of \""
            + name
            + "\" ("
            + String.join(" -> ", chain)
            + " -> "
            + name
            + ")",
        printed.toString());
  }

  private void statement(ParseTree statement, Scope scope) {
    nextToken(position(((ParserRuleContext) statement).getStart()));
    lexedUpTo(((ParserRuleContext) statement).getStart().getLine());
    if (statement instanceof KconfigParser.ConfigStmtContext config) {
      config(Kind.CONFIG, config.CONFIG().getSymbol(), config.word(), config.configOption(), scope);
    } else if (statement instanceof KconfigParser.MenuconfigStmtContext config) {
      Draft node =
          config(
              Kind.MENUCONFIG,
              config.MENUCONFIG().getSymbol(),
              config.word(),
              config.configOption(),
              scope);
      promptlessMenuconfig = node.prompt == null;
    } else if (statement instanceof ChoiceStmtContext choice) {
      choice(choice, scope);
    } else if (statement instanceof KconfigParser.IfStmtContext block) {
      ifBlock(block.IF().getSymbol(), block.expr(), block.statement(), block.end(), scope);
    } else if (statement instanceof KconfigParser.IfInChoiceStmtContext block) {
      ifBlock(block.IF().getSymbol(), block.expr(), block.choiceStatement(), block.end(), scope);
    } else if (statement instanceof MenuStmtContext menu) {
      menu(menu, scope);
    } else if (statement instanceof CommentStmtContext comment) {
      int before = macros.unknownUses();
      Draft node =
          add(
              new Draft(Kind.COMMENT, position(comment.COMMENT().getSymbol()), scope.inherited),
              scope);
      node.prompt = prompt(node, comment.string(), null, comment.COMMENT().getSymbol());
      for (DependsOptionContext depends : comment.dependsOption()) {
        lexedUpTo(depends.getStop().getLine());
        dependsOn(node, depends);
      }
      node.unknownShell = macros.unknownUses() > before;
    } else if (statement instanceof SourceStmtContext source) {
      source(source, scope);
    } else if (statement instanceof AssignmentStmtContext assignment) {
      assignment(assignment);
    } else if (statement instanceof MacroStmtContext macro) {
      for (TerminalNode word : macro.MACRO_WORD()) {
        String expansion = expandWord(word.getSymbol());
        if (!expansion.isEmpty()) {
          // conf's lexer returns the expansion as a word, which starts no statement.
          Position at = position(word.getSymbol());
          String message = "unknown statement \"" + expansion + "\"";
          warnings.error(
              at,
              message,
              file + ":" + (at.line() + 1) + ": syntax error\n" + location(at) + ": " + message);
          break;
        }
      }
    } else if (statement instanceof KconfigParser.SyntaxErrorStmtContext error) {
      KconfigFileParser.SyntaxError e = syntaxErrors.get(error.SYNTAX_ERROR().getSymbol());
      if (e.strayEnd() != null && !open.isEmpty()) {
        close(e.strayEnd());
      } else {
        warnings.error(e.position(), e.message(), e.confText());
      }
    } else {
      throw new IllegalStateException("statement not handled: " + statement.getClass());
    }
  }

  private Draft add(Draft node, Scope scope) {
    scope.parent.children.add(node);
    return node;
  }

  private Scope enter(Draft block, Scope scope, boolean unknownShell) {
    return new Scope(
        block,
        Expr.and(scope.inherited, block.dependsOn == null ? Expr.YES : block.dependsOn),
        scope.unknownShell || unknownShell);
  }

  private Draft config(
      Kind kind,
      Token keyword,
      WordContext nameWord,
      List<ConfigOptionContext> options,
      Scope scope) {
    int before = macros.unknownUses();
    String name = word(nameWord);
    types.putIfAbsent(name, SymbolType.UNKNOWN);
    Draft node = add(new Draft(kind, position(keyword), scope.inherited), scope);
    countDefinition(name, node.position);
    node.symbol = name;
    for (ConfigOptionContext option : options) {
      lexedUpTo(option.getStop().getLine());
      configOption(node, option.getChild(0));
    }
    if (scope.unknownShell || macros.unknownUses() > before) {
      unknownShellSymbols.add(name);
    }
    return node;
  }

  /** Refuses the definition of {@code name} at {@code at} that crosses the bound on them. */
  private void countDefinition(String name, Position at) {
    if (definitions.merge(name, 1, Integer::sum) > InputLimits.MAX_SYMBOL_DEFINITIONS) {
      throw new InputException(
          at,
          "more than "
              + InputLimits.MAX_SYMBOL_DEFINITIONS
              + " definitions of "
              + name
              + " in a Kconfig tree (all the files sourced, repeats included)");
    }
  }

  /** The options configs and choices share: prompt, depends on, help. */
  private boolean entryOption(Draft node, ParseTree option) {
    if (option instanceof KconfigParser.PromptOptionContext prompt) {
      node.prompt = prompt(node, prompt.string(), prompt.ifExpr(), prompt.PROMPT().getSymbol());
    } else if (option instanceof DependsOptionContext depends) {
      dependsOn(node, depends);
    } else if (option instanceof HelpOptionContext help) {
      help(node, help);
    } else {
      return false;
    }
    return true;
  }

  /** {@code TYPE ["prompt" [if EXPR]]}. */
  private void typeOption(
      Draft node, Token keyword, StringContext prompt, IfExprContext condition) {
    declareType(node, type(keyword));
    if (prompt != null) {
      node.prompt = prompt(node, prompt, condition, prompt.getStart());
    }
  }

  private void configOption(Draft node, ParseTree option) {
    if (entryOption(node, option)) {
      return;
    }
    if (option instanceof KconfigParser.TypeOptionContext type) {
      typeOption(node, type.type().getStart(), type.string(), type.ifExpr());
    } else if (option instanceof KconfigParser.DefaultOptionContext value) {
      Token keyword = value.defaultKeyword().getStart();
      node.defaults.add(
          new Default(expr(value.expr()), condition(value.ifExpr()), position(keyword)));
      if (keyword.getType() == KconfigLexer.DEF_BOOL) {
        declareType(node, SymbolType.BOOL);
      } else if (keyword.getType() == KconfigLexer.DEF_TRISTATE) {
        declareType(node, SymbolType.TRISTATE);
      }
    } else if (option instanceof KconfigParser.SelectOptionContext select) {
      node.selects.add(
          new ReverseDependency(
              word(select.word()),
              condition(select.ifExpr()),
              position(select.SELECT().getSymbol())));
    } else if (option instanceof KconfigParser.ImplyOptionContext imply) {
      node.implies.add(
          new ReverseDependency(
              word(imply.word()), condition(imply.ifExpr()), position(imply.IMPLY().getSymbol())));
    } else if (option instanceof KconfigParser.RangeOptionContext range) {
      node.ranges.add(
          new Range(
              symbol(range.symbol(0)),
              symbol(range.symbol(1)),
              condition(range.ifExpr()),
              position(range.RANGE().getSymbol())));
    } else if (option instanceof KconfigParser.ModulesOptionContext modules) {
      if (modulesSymbol.isPresent()) {
        Position at = position(modules.MODULES().getSymbol());
        String message =
            "symbol '"
                + node.symbol
                + "' redefines option 'modules' already defined by symbol '"
                + modulesSymbol.get()
                + "'";
        warnings.error(at, message, location(at) + ": " + message);
      }
      modulesSymbol = Optional.of(node.symbol);
      node.modules = true;
    } else {
      throw new IllegalStateException("option not handled: " + option.getClass());
    }
  }

  private void choice(ChoiceStmtContext choice, Scope scope) {
    int before = macros.unknownUses();
    Draft node =
        add(new Draft(Kind.CHOICE, position(choice.CHOICE().getSymbol()), scope.inherited), scope);
    if (choice.word() != null) {
      node.symbol = word(choice.word());
      countDefinition(node.symbol, node.position);
    }
    for (ChoiceOptionContext option : choice.choiceOption()) {
      lexedUpTo(option.getStop().getLine());
      ParseTree inner = option.getChild(0);
      if (entryOption(node, inner)) {
        continue;
      }
      if (inner instanceof KconfigParser.ChoiceTypeOptionContext type) {
        typeOption(node, type.logicType().getStart(), type.string(), type.ifExpr());
      } else if (inner instanceof KconfigParser.OptionalOptionContext) {
        node.optional = true;
      } else if (inner instanceof KconfigParser.ChoiceDefaultOptionContext value) {
        node.defaults.add(
            new Default(
                constantOrSymbol(word(value.word())),
                condition(value.ifExpr()),
                position(value.DEFAULT().getSymbol())));
      } else {
        throw new IllegalStateException("choice option not handled: " + inner.getClass());
      }
    }
    node.unknownShell = macros.unknownUses() > before;
    Scope inner = enter(node, scope, node.unknownShell);
    open.push(new OpenBlock("choice", node.position));
    for (ChoiceStatementContext child : choice.choiceStatement()) {
      statement(child.getChild(0), inner);
    }
    end(choice.end());
  }

  /** {@code if} in a file or in a choice: the statements differ, the block does not. */
  private void ifBlock(
      Token keyword,
      ExprContext condition,
      List<? extends ParserRuleContext> statements,
      EndContext end,
      Scope scope) {
    int before = macros.unknownUses();
    Draft node = add(new Draft(Kind.IF, position(keyword), scope.inherited), scope);
    node.dependsOn = expr(condition);
    node.unknownShell = macros.unknownUses() > before;
    Scope inner = enter(node, scope, node.unknownShell);
    open.push(new OpenBlock("if", node.position));
    for (ParserRuleContext child : statements) {
      statement(child.getChild(0), inner);
    }
    end(end);
  }

  private void menu(MenuStmtContext menu, Scope scope) {
    int before = macros.unknownUses();
    Token keyword = menu.MENU().getSymbol();
    Draft node = add(new Draft(Kind.MENU, position(keyword), scope.inherited), scope);
    node.prompt = prompt(node, menu.string(), null, keyword);
    for (KconfigParser.MenuOptionContext option : menu.menuOption()) {
      lexedUpTo(option.getStop().getLine());
      if (option.visibleOption() != null) {
        IfExprContext visible = option.visibleOption().ifExpr();
        if (visible != null) {
          Expr condition = expr(visible.expr());
          node.visibleIf =
              node.visibleIf == null ? condition : new Expr.And(node.visibleIf, condition);
        }
      } else {
        dependsOn(node, option.dependsOption());
      }
    }
    node.unknownShell = macros.unknownUses() > before;
    Scope inner = enter(node, scope, node.unknownShell);
    open.push(new OpenBlock("menu", node.position));
    for (StatementContext child : menu.statement()) {
      statement(child.getChild(0), inner);
    }
    end(menu.end());
  }

  private void source(SourceStmtContext source, Scope scope) {
    Token keyword = source.SOURCE().getSymbol();
    Position where = position(keyword);
    lexedUpTo(keyword.getLine());
    String path = string(source.string());
    read(files.resolve(path, where), scope, where);
  }

  private void assignment(AssignmentStmtContext assignment) {
    String name = word(assignment.word());
    Token operator = assignment.assignOperator().getStart();
    TerminalNode value = assignment.ASSIGN_VALUE();
    // conf expands a := or += value when the parser takes the line, after the lexer has read its
    // newline: $(lineno) and the lines of warnings and errors name the line after.
    Token end = assignment.EOL().getSymbol();
    macros.at(position(operator), end.getLine() + (end.getText().equals("\n") ? 1 : 0));
    macros.assign(
        name,
        value == null ? "" : value.getText(),
        switch (operator.getType()) {
          case KconfigLexer.COLON_EQUAL -> Preprocessor.AssignOperator.SIMPLE;
          case KconfigLexer.PLUS_EQUAL -> Preprocessor.AssignOperator.APPEND;
          default -> Preprocessor.AssignOperator.RECURSIVE;
        });
  }

  /**
   * An end keyword of the file's parse tree. One the file parser added, where the file ends inside
   * the block, closes nothing in conf: the block stays open into the file that sourced this one.
   */
  private void end(EndContext end) {
    Token keyword = end.getStart();
    nextToken(position(keyword));
    lexedUpTo(keyword.getLine());
    if (!closings.contains(keyword)) {
      close(keyword);
    }
  }

  /**
   * An end keyword closes conf's innermost open block (parser.y zconf_endtoken): conf objects when
   * the block is of another kind or opened in another file, and reads on; with no block open the
   * line is a syntax error.
   */
  private void close(Token keyword) {
    Position at = position(keyword);
    String found = keyword.getText().substring("end".length());
    OpenBlock block = open.poll();
    if (block == null) {
      String message = "'" + keyword.getText() + "' closes no block";
      warnings.error(
          at,
          message,
          file + ":" + (at.line() + 1) + ": syntax error\n" + location(at) + ": invalid statement");
    } else if (!found.equals(block.keyword)) {
      warnings.error(
          at,
          "unexpected '" + keyword.getText() + "' within " + block.keyword + " block",
          location(at) + ": unexpected '" + found + "' within " + block.keyword + " block");
    } else if (!block.position.file().equals(file)) {
      warnings.error(
          at,
          "'"
              + keyword.getText()
              + "' in another file than its '"
              + block.keyword
              + "' at "
              + location(block.position),
          location(at)
              + ": '"
              + found
              + "' in different file than '"
              + block.keyword
              + "'\n"
              + location(block.position)
              + ": location of the '"
              + block.keyword
              + "'");
    }
  }

  /**
   * Prints the lexer's warnings of the current file up to {@code line}: conf's lexer prints them as
   * it reads, so they come between the parser's warnings of the lines around.
   */
  private void lexedUpTo(int line) {
    Lexed file = lexed.peek();
    while (file.printed < file.warnings.size()) {
      String warning = file.warnings.get(file.printed);
      int at = LocatedMessage.parse(warning).map(m -> m.position().line()).orElse(0);
      if (at > line) {
        return;
      }
      warnings.accept(warning);
      file.printed++;
    }
  }

  /** One file's lexer warnings, and how many are printed. */
  private static final class Lexed {
    final List<String> warnings;
    int printed;

    Lexed(List<String> warnings) {
      this.warnings = warnings;
    }
  }

  /** The parser reads the token at {@code at}, the first of a statement or an end keyword. */
  private void nextToken(Position at) {
    if (promptlessMenuconfig) {
      promptlessMenuconfig = false;
      warnings.accept(location(at) + ": warning: menuconfig statement without prompt");
    }
  }

  private void dependsOn(Draft node, DependsOptionContext depends) {
    Expr condition = expr(depends.expr());
    node.dependsOn = node.dependsOn == null ? condition : new Expr.And(node.dependsOn, condition);
  }

  private void help(Draft node, HelpOptionContext help) {
    Token helpText = help.HELPTEXT().getSymbol();
    String text = helpText.getText();
    String name = node.symbol == null ? "<choice>" : node.symbol;
    // conf's line for these is where its lexer stopped reading the text (the token's line).
    String at = location(position(helpText));
    if (node.help != null) {
      warnings.accept(
          at
              + ": warning: '"
              + name
              + "' defined with more than one help text -- only the last one will be used");
    }
    if (text.isBlank()) {
      warnings.accept(at + ": warning: '" + name + "' defined with blank help text");
    }
    node.help = text;
  }

  private Prompt prompt(Draft node, StringContext text, IfExprContext condition, Token at) {
    String prompt = string(text);
    int start = 0;
    while (start < prompt.length() && isSpace(prompt.charAt(start))) {
      start++;
    }
    if (start > 0) {
      warnings.accept(location(position(at)) + ":warning: leading whitespace ignored");
    }
    if (node.prompt != null) {
      warnings.accept(location(position(at)) + ":warning: prompt redefined");
    }
    return new Prompt(prompt.substring(start), condition(condition), position(at));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }

  private void declareType(Draft node, SymbolType type) {
    if (node.type == null) {
      node.type = type;
    }
    if (node.symbol == null || node.kind == Kind.CHOICE) {
      return;
    }
    SymbolType current = types.get(node.symbol);
    if (current == SymbolType.UNKNOWN) {
      types.put(node.symbol, type);
    } else if (current != type) {
      warnings.accept(
          location(node.position)
              + ":warning: ignoring type redefinition of '"
              + node.symbol
              + "' from '"
              + current.confName()
              + "' to '"
              + type.confName()
              + "'");
    }
  }

  private static SymbolType type(Token keyword) {
    return switch (keyword.getType()) {
      case KconfigLexer.BOOL -> SymbolType.BOOL;
      case KconfigLexer.TRISTATE -> SymbolType.TRISTATE;
      case KconfigLexer.INT -> SymbolType.INT;
      case KconfigLexer.HEX -> SymbolType.HEX;
      default -> SymbolType.STRING;
    };
  }

  /**
   * menu_finalize(): an untyped choice takes the type of its first typed member, and its untyped
   * members take the choice's type; members inside an {@code if} within the choice are not its
   * direct entries before finalization, so they are left alone, as conf leaves them.
   */
  private void inferChoiceTypes(Draft parent) {
    if (parent.kind == Kind.CHOICE) {
      SymbolType choiceType = parent.type == null ? SymbolType.UNKNOWN : parent.type;
      if (choiceType == SymbolType.UNKNOWN) {
        for (Draft member : parent.children) {
          if (member.symbol != null && types.get(member.symbol) != SymbolType.UNKNOWN) {
            choiceType = types.get(member.symbol);
            break;
          }
        }
      }
      if (choiceType != SymbolType.UNKNOWN) {
        parent.type = choiceType;
        for (Draft member : parent.children) {
          if (member.symbol != null && types.get(member.symbol) == SymbolType.UNKNOWN) {
            types.put(member.symbol, choiceType);
          }
        }
      }
    }
    for (Draft child : parent.children) {
      inferChoiceTypes(child);
    }
  }

  private Expr condition(IfExprContext condition) {
    return condition == null ? Expr.YES : expr(condition.expr());
  }

  private Expr expr(ExprContext expr) {
    if (expr instanceof SymbolExprContext symbol) {
      return symbol(symbol.symbol());
    }
    if (expr instanceof AndExprContext and) {
      return new Expr.And(expr(and.expr(0)), expr(and.expr(1)));
    }
    if (expr instanceof OrExprContext or) {
      return new Expr.Or(expr(or.expr(0)), expr(or.expr(1)));
    }
    if (expr instanceof NotExprContext not) {
      return new Expr.Not(expr(not.expr()));
    }
    if (expr instanceof ParenExprContext paren) {
      return expr(paren.expr());
    }
    CompareExprContext compare = (CompareExprContext) expr;
    return new Expr.Compare(
        switch (compare.compareOperator().getStart().getType()) {
          case KconfigLexer.LESS -> Expr.CompareOp.LESS;
          case KconfigLexer.LESS_EQUAL -> Expr.CompareOp.LESS_EQUAL;
          case KconfigLexer.GREATER -> Expr.CompareOp.GREATER;
          case KconfigLexer.GREATER_EQUAL -> Expr.CompareOp.GREATER_EQUAL;
          case KconfigLexer.EQUAL -> Expr.CompareOp.EQUAL;
          default -> Expr.CompareOp.UNEQUAL;
        },
        symbol(compare.symbol(0)),
        symbol(compare.symbol(1)));
  }

  private Expr symbol(SymbolContext symbol) {
    return symbol.word() != null
        ? constantOrSymbol(word(symbol.word()))
        : new Expr.Const(string(symbol.string()));
  }

  /** The kernel's lexer makes y, m and n constants and every other word a symbol. */
  private static Expr constantOrSymbol(String word) {
    return word.equals("y") || word.equals("m") || word.equals("n")
        ? new Expr.Const(word)
        : new Expr.Sym(word);
  }

  private String word(WordContext word) {
    Token token = word.getStart();
    if (token.getType() == KconfigLexer.WORD) {
      return token.getText();
    }
    String expansion = expandWord(token);
    if (expansion.isEmpty()) {
      throw new InputException(position(token), "'" + token.getText() + "' expands to nothing");
    }
    return expansion;
  }

  private String expandWord(Token token) {
    macros.at(position(token));
    return macros.expand(token.getText());
  }

  /** A quoted string's text: escapes resolved, macro references expanded (lexer.l STRING). */
  private String string(StringContext string) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < string.getChildCount() - 1; i++) {
      Token token = ((TerminalNode) string.getChild(i)).getSymbol();
      switch (token.getType()) {
        case KconfigLexer.DQ_ESCAPE, KconfigLexer.SQ_ESCAPE ->
            text.append(token.getText(), 1, token.getText().length());
        case KconfigLexer.DQ_REFERENCE, KconfigLexer.SQ_REFERENCE -> text.append(expandWord(token));
        default -> text.append(token.getText());
      }
    }
    return text.toString();
  }

  private Position position(Token token) {
    return new Position(file, token.getLine(), token.getCharPositionInLine() + 1);
  }

  private static String location(Position position) {
    return position.file() + ":" + position.line();
  }

  /** A menu entry while its file is being read; frozen into a {@link MenuNode} at the end. */
  private static final class Draft {
    final Kind kind;
    final Position position;
    final Expr inherited;
    String symbol;
    Prompt prompt;
    Expr dependsOn;
    Expr visibleIf;
    SymbolType type;
    final List<Default> defaults = new ArrayList<>();
    final List<ReverseDependency> selects = new ArrayList<>();
    final List<ReverseDependency> implies = new ArrayList<>();
    final List<Range> ranges = new ArrayList<>();
    String help;
    boolean modules;
    boolean optional;
    boolean unknownShell;
    final List<Draft> children = new ArrayList<>();

    Draft(Kind kind, Position position, Expr inherited) {
      this.kind = kind;
      this.position = position;
      this.inherited = inherited;
    }

    MenuNode freeze(Map<String, ImmutableList.Builder<MenuNode>> definitions) {
      ImmutableList.Builder<MenuNode> frozen = ImmutableList.builder();
      for (Draft child : children) {
        frozen.add(child.freeze(definitions));
      }
      MenuNode node =
          new MenuNode(
              kind,
              Optional.ofNullable(symbol),
              Optional.ofNullable(prompt),
              dependsOn == null ? Expr.YES : dependsOn,
              inherited,
              Optional.ofNullable(visibleIf),
              Optional.ofNullable(type),
              ImmutableList.copyOf(defaults),
              ImmutableList.copyOf(selects),
              ImmutableList.copyOf(implies),
              ImmutableList.copyOf(ranges),
              Optional.ofNullable(help),
              modules,
              optional,
              frozen.build(),
              position);
      if (node.definesSymbol()) {
        definitions.get(symbol).add(node);
      }
      return node;
    }
  }
}
