package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * The part of the C preprocessor the kernel runs on .dts files ({@code cpp -undef -D__DTS__ -x
 * assembler-with-cpp}): {@code #include}, {@code #define}/{@code #undef} (object- and
 * function-like, {@code #}, {@code ##}, variadic), conditionals, {@code #error}. Macros are
 * expanded with Prosser's hide-set algorithm. Lines that start with '#' but name no directive
 * ({@code #address-cells = <1>;}) are text, as in assembler mode. The output remembers where each
 * token came from.
 */
final class CPreprocessor {
  private static final int MAX_INCLUDE_DEPTH = InputLimits.MAX_INCLUDE_DEPTH;
  private static final int MAX_EXPANSIONS = InputLimits.MAX_DTS_EXPANSIONS;

  /** Macro invocations nested inside each other's arguments, the outermost counting as one. */
  private static final int MAX_ARGUMENT_DEPTH = InputLimits.MAX_MACRO_DEPTH;

  /** Inclusions nested deeper than this (real boards: under 10) are not memoized. */
  private static final int MAX_RECORDED_DEPTH = 16;

  private final SourceCache cache;
  private final IncludePath includePath;
  private final IncludeRoots roots;
  private final Map<String, Macro> macros = new HashMap<>();
  private final StringBuilder out = new StringBuilder();
  private final SourceMap map;
  private final Deque<Path> includeStack = new ArrayDeque<>();
  private final IncludeMemo memo;
  private final Deque<IncludeMemo.Recording> recordings = new ArrayDeque<>();
  private final List<Piece> pieces = new ArrayList<>();
  private PpToken lastEmitted;

  /**
   * Tokens macros may still produce, shared by the whole read: a file of many lines that each
   * expand a lot is as slow as one line that expands to all of it.
   */
  private int expansionsLeft = MAX_EXPANSIONS;

  private CPreprocessor(
      SourceCache cache,
      IncludeMemo memo,
      List<Path> includeDirs,
      IncludeRoots roots,
      String mainName) {
    this.cache = cache;
    this.memo = memo;
    this.includePath = new IncludePath(includeDirs);
    this.roots = roots;
    this.map = new SourceMap(mainName);
    define("__DTS__", "1");
    define("__ASSEMBLER__", "1");
    define("__STDC__", "1");
  }

  /**
   * Preprocessed text, where each part of it came from, and its pieces: the main file's own
   * stretches and, between them, what each of its #include lines produced.
   */
  record Result(String text, SourceMap map, ImmutableList<Piece> pieces) {}

  /** A stretch [start, end) of the text; {@code from} is the inclusion that made it, if any. */
  record Piece(int start, int end, IncludeMemo.Variant from) {}

  static Result run(
      Path file, List<Path> includeDirs, IncludeRoots roots, SourceCache cache, IncludeMemo memo) {
    CPreprocessor pp = new CPreprocessor(cache, memo, includeDirs, roots, file.toString());
    Position start = Position.ofLine(file.toString(), 0);
    pp.processFile(file, start);
    // The end of the text is the end of the main file: where "unexpected end of input" points.
    String main = cache.text(file, start);
    int lines = (int) main.chars().filter(c -> c == '\n').count();
    pp.map.mark(pp.out.length(), file.toString(), lines + 1, 1, false);
    return new Result(pp.out.toString(), pp.map, pp.pieces());
  }

  private ImmutableList<Piece> pieces() {
    ImmutableList.Builder<Piece> all = ImmutableList.builder();
    int at = 0;
    for (Piece included : pieces) {
      all.add(new Piece(at, included.start(), null));
      all.add(included);
      at = included.end();
    }
    all.add(new Piece(at, out.length(), null));
    return all.build();
  }

  /** Looks a macro up, noting it among what every inclusion being recorded consulted. */
  private Macro macro(String name) {
    Macro m = macros.get(name);
    for (IncludeMemo.Recording r : recordings) {
      r.consult(name, m);
    }
    return m;
  }

  private void change(String name, Macro m) {
    if (m == null) {
      macros.remove(name);
    } else {
      macros.put(name, m);
    }
    for (IncludeMemo.Recording r : recordings) {
      r.change(new IncludeMemo.Effect(name, m));
    }
  }

  private void define(String name, String value) {
    PpToken token =
        new PpToken(
            PpToken.Kind.NUMBER, value, false, "<built-in>", 1, 1, false, ImmutableSet.of());
    macros.put(name, new Macro(name, false, ImmutableList.of(), false, ImmutableList.of(token)));
  }

  /** One file being read: its lines and the next one to read. */
  private static final class Frame {
    final Path path;
    final ImmutableList<ImmutableList<PpToken>> lines;
    int next;

    Frame(Path path, SourceText source) {
      this.path = path;
      this.lines = source.lines();
    }
  }

  /** One open #if group. */
  private static final class Conditional {
    final PpToken at;
    final boolean parentActive;
    boolean anyTaken;
    boolean active;
    boolean sawElse;

    Conditional(PpToken at, boolean parentActive, boolean active) {
      this.at = at;
      this.parentActive = parentActive;
      this.active = active;
      this.anyTaken = active;
    }
  }

  private void processFile(Path path, Position from) {
    if (includeStack.size() >= MAX_INCLUDE_DEPTH) {
      throw new InputException(
          from,
          "#include nested more than "
              + MAX_INCLUDE_DEPTH
              + " deep"
              + (includeStack.contains(path) ? " (include cycle through " + path + ")" : ""));
    }
    Frame frame = new Frame(path, cache.tokens(path, from));
    includeStack.push(path);
    Deque<Conditional> conditionals = new ArrayDeque<>();
    while (frame.next < frame.lines.size()) {
      ImmutableList<PpToken> line = frame.lines.get(frame.next++);
      if (line.isEmpty()) {
        continue;
      }
      boolean active = conditionals.isEmpty() || conditionals.peek().active;
      if (line.get(0).is("#") && directive(frame, line, conditionals, active)) {
        continue;
      }
      if (active) {
        if (mentionsMacro(line)) {
          expand(new ArrayDeque<>(line), frame, this::emit, 0);
        } else {
          line.forEach(this::emit);
        }
        out.append('\n');
        lastEmitted = null;
      }
    }
    if (!conditionals.isEmpty()) {
      throw new InputException(
          conditionals.peek().at.position(), "unterminated #" + conditionals.peek().at.text());
    }
    includeStack.pop();
  }

  /** Most lines name no macro and are copied as they are. */
  private boolean mentionsMacro(List<PpToken> line) {
    for (PpToken t : line) {
      if (t.isIdentifier() && macro(t.text()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Handles a line that starts with '#'; false when it names no directive and is text. */
  private boolean directive(
      Frame frame, List<PpToken> line, Deque<Conditional> conditionals, boolean active) {
    if (line.size() == 1) {
      return true;
    }
    PpToken name = line.get(1);
    if (!name.isIdentifier()) {
      return !active || name.kind() == PpToken.Kind.NUMBER;
    }
    List<PpToken> rest = line.subList(2, line.size());
    switch (name.text()) {
      case "if":
        conditionals.push(new Conditional(name, active, active && condition(rest, name)));
        return true;
      case "ifdef":
      case "ifndef":
        boolean defined = active && macro(macroName(rest, name)) != null;
        conditionals.push(
            new Conditional(name, active, active && (defined == name.text().equals("ifdef"))));
        return true;
      case "elif":
        {
          Conditional c = open(conditionals, name);
          if (c.sawElse) {
            throw new InputException(name.position(), "#elif after #else");
          }
          c.active = c.parentActive && !c.anyTaken && condition(rest, name);
          c.anyTaken |= c.active;
          return true;
        }
      case "else":
        {
          Conditional c = open(conditionals, name);
          if (c.sawElse) {
            throw new InputException(name.position(), "#else after #else");
          }
          c.sawElse = true;
          c.active = c.parentActive && !c.anyTaken;
          c.anyTaken = true;
          return true;
        }
      case "endif":
        open(conditionals, name);
        conditionals.pop();
        return true;
      default:
        break;
    }
    if (!active) {
      return true;
    }
    switch (name.text()) {
      case "define":
        defineMacro(rest, name);
        return true;
      case "undef":
        change(macroName(rest, name), null);
        return true;
      case "include":
        include(frame, rest, name);
        return true;
      case "error":
        throw new InputException(name.position(), "#error" + spelled(rest));
      case "warning":
      case "pragma":
      case "ident":
      case "line":
        return true;
      default:
        return false;
    }
  }

  private static Conditional open(Deque<Conditional> conditionals, PpToken directive) {
    if (conditionals.isEmpty()) {
      throw new InputException(directive.position(), "#" + directive.text() + " without #if");
    }
    return conditionals.peek();
  }

  private static String macroName(List<PpToken> rest, PpToken directive) {
    if (rest.isEmpty() || !rest.get(0).isIdentifier()) {
      throw new InputException(
          directive.position(), "macro name missing after #" + directive.text());
    }
    return rest.get(0).text();
  }

  private boolean condition(List<PpToken> rest, PpToken directive) {
    List<PpToken> resolved = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      PpToken t = rest.get(i);
      if (t.isIdentifier() && t.text().equals("defined")) {
        boolean paren = i + 1 < rest.size() && rest.get(i + 1).is("(");
        int nameAt = paren ? i + 2 : i + 1;
        if (nameAt >= rest.size()
            || !rest.get(nameAt).isIdentifier()
            || (paren && (nameAt + 1 >= rest.size() || !rest.get(nameAt + 1).is(")")))) {
          throw new InputException(t.position(), "'defined' without a macro name");
        }
        String value = macro(rest.get(nameAt).text()) != null ? "1" : "0";
        resolved.add(
            new PpToken(
                PpToken.Kind.NUMBER,
                value,
                t.spaceBefore(),
                t.file(),
                t.line(),
                t.column(),
                false,
                ImmutableSet.of()));
        i = paren ? nameAt + 1 : nameAt;
      } else {
        resolved.add(t);
      }
    }
    List<PpToken> expanded = new ArrayList<>();
    expand(new ArrayDeque<>(resolved), null, expanded::add, 0);
    List<PpToken> numeric = new ArrayList<>(expanded.size());
    for (PpToken t : expanded) {
      // Identifiers left after expansion are 0, as C says.
      numeric.add(
          t.isIdentifier()
              ? new PpToken(
                  PpToken.Kind.NUMBER,
                  "0",
                  t.spaceBefore(),
                  t.file(),
                  t.line(),
                  t.column(),
                  t.fromMacro(),
                  t.hideSet())
              : t);
    }
    return PpExpression.evaluate(numeric, directive.position()) != 0;
  }

  private void defineMacro(List<PpToken> rest, PpToken directive) {
    String name = macroName(rest, directive);
    int i = 1;
    boolean functionLike = i < rest.size() && rest.get(i).is("(") && !rest.get(i).spaceBefore();
    List<String> parameters = new ArrayList<>();
    boolean variadic = false;
    if (functionLike) {
      i++;
      boolean expectName = true;
      while (true) {
        if (i >= rest.size()) {
          throw new InputException(directive.position(), "missing ')' in parameters of " + name);
        }
        PpToken t = rest.get(i++);
        if (t.is(")") && (!expectName || parameters.isEmpty())) {
          break;
        } else if (expectName && t.is("...")) {
          parameters.add("__VA_ARGS__");
          variadic = true;
          expectName = false;
        } else if (expectName && t.isIdentifier()) {
          parameters.add(t.text());
          expectName = false;
          if (i < rest.size() && rest.get(i).is("...")) {
            variadic = true;
            i++;
          }
        } else if (!expectName && !variadic && t.is(",")) {
          expectName = true;
        } else {
          throw new InputException(
              t.position(), "bad token '" + t.text() + "' in parameters of " + name);
        }
      }
    }
    ImmutableList.Builder<PpToken> body = ImmutableList.builder();
    for (int j = i; j < rest.size(); j++) {
      body.add(j == i ? rest.get(j).withSpace(false) : rest.get(j));
    }
    change(
        name,
        new Macro(name, functionLike, ImmutableList.copyOf(parameters), variadic, body.build()));
  }

  private void include(Frame frame, List<PpToken> rest, PpToken directive) {
    List<PpToken> operand = rest;
    if (!rest.isEmpty() && !rest.get(0).is("<") && rest.get(0).kind() != PpToken.Kind.STRING) {
      List<PpToken> expanded = new ArrayList<>();
      expand(new ArrayDeque<>(rest), null, expanded::add, 0);
      operand = expanded;
    }
    if (operand.isEmpty()) {
      throw new InputException(directive.position(), "#include expects \"FILENAME\" or <FILENAME>");
    }
    PpToken first = operand.get(0);
    String target;
    boolean quoted;
    if (first.kind() == PpToken.Kind.STRING) {
      target = first.text().substring(1, first.text().length() - 1);
      quoted = true;
    } else if (first.is("<")) {
      StringBuilder sb = new StringBuilder();
      int i = 1;
      while (i < operand.size() && !operand.get(i).is(">")) {
        sb.append(i > 1 && operand.get(i).spaceBefore() ? " " : "").append(operand.get(i).text());
        i++;
      }
      if (i == operand.size()) {
        throw new InputException(first.position(), "missing '>' in #include");
      }
      target = sb.toString();
      quoted = false;
    } else {
      throw new InputException(first.position(), "#include expects \"FILENAME\" or <FILENAME>");
    }
    Path found =
        includePath
            .find(target, quoted ? Optional.ofNullable(frame.path.getParent()) : Optional.empty())
            .map(file -> roots.admit(file, target, directive.position()))
            .orElseThrow(
                () ->
                    new InputException(directive.position(), "cannot find include file " + target));
    boolean fromMainFile = includeStack.size() == 1;
    int start = out.length();
    IncludeMemo.Variant variant = includeOnce(found, directive.position());
    if (fromMainFile) {
      pieces.add(new Piece(start, out.length(), variant));
    }
    out.append('\n');
    lastEmitted = null;
  }

  /**
   * Processes an included file, or replays what it did when the macros it reads are as then; the
   * result remembered for it, or null when nested too deep to be remembered.
   */
  private IncludeMemo.Variant includeOnce(Path file, Position from) {
    Path key = file.toAbsolutePath();
    IncludeMemo.Variant known = memo.find(key, macros);
    if (known != null) {
      for (IncludeMemo.Recording r : recordings) {
        known.consulted.forEach(r::consult);
      }
      int base = out.length();
      out.append(known.text);
      map.append(known.segments, base);
      for (IncludeMemo.Effect e : known.effects) {
        change(e.name(), e.macro());
      }
      return known;
    }
    if (recordings.size() >= MAX_RECORDED_DEPTH) {
      // Every macro lookup is noted in each open recording: past this depth (only cycles go
      // so deep) that would cost depth x tokens, so deeper files are read but not remembered.
      processFile(file, from);
      return null;
    }
    IncludeMemo.Recording recording = new IncludeMemo.Recording(out.length());
    recordings.push(recording);
    try {
      processFile(file, from);
    } finally {
      recordings.pop();
    }
    String text = out.substring(recording.textStart);
    IncludeMemo.Variant made =
        new IncludeMemo.Variant(
            recording.consulted,
            text,
            map.slice(recording.textStart, out.length()),
            ImmutableList.copyOf(recording.effects));
    memo.remember(key, made);
    return made;
  }

  private static String spelled(List<PpToken> tokens) {
    StringBuilder sb = new StringBuilder();
    for (PpToken t : tokens) {
      sb.append(' ').append(t.text());
    }
    return sb.toString();
  }

  /**
   * Expands macros in {@code input}, passing the result to {@code sink}. With a frame (text at file
   * level), an invocation's arguments may continue on the following lines.
   */
  private void expand(Deque<PpToken> input, Frame frame, Consumer<PpToken> sink, int depth) {
    while (true) {
      PpToken t = input.pollFirst();
      if (t == null) {
        return;
      }
      Macro m = t.isIdentifier() ? macro(t.text()) : null;
      if (m == null || t.hideSet().contains(m.name())) {
        sink.accept(t);
        continue;
      }
      if (!m.functionLike()) {
        pushFront(
            input, charged(t, m, substitute(m, List.of(), t, with(t.hideSet(), m.name()), depth)));
        continue;
      }
      PpToken open = peek(input, frame);
      if (open == null || !open.is("(")) {
        sink.accept(t);
        continue;
      }
      input.pollFirst();
      List<List<PpToken>> args = new ArrayList<>();
      PpToken close = arguments(input, frame, t, m, args);
      ImmutableSet<String> hide = with(Sets.intersection(t.hideSet(), close.hideSet()), m.name());
      pushFront(input, charged(t, m, substitute(m, args, t, hide, depth)));
    }
  }

  /** The tokens an expansion produced, counted against the read's budget (at least one). */
  private List<PpToken> charged(PpToken at, Macro m, List<PpToken> produced) {
    expansionsLeft -= Math.max(1, produced.size());
    if (expansionsLeft < 0) {
      throw new InputException(
          at.position(),
          "expansion of macro "
              + m.name()
              + " does not terminate (more than "
              + MAX_EXPANSIONS
              + " tokens from macros in this file and its includes)");
    }
    return produced;
  }

  private static ImmutableSet<String> with(java.util.Set<String> set, String name) {
    return ImmutableSet.<String>builderWithExpectedSize(set.size() + 1)
        .addAll(set)
        .add(name)
        .build();
  }

  private static void pushFront(Deque<PpToken> input, List<PpToken> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      input.addFirst(tokens.get(i));
    }
  }

  /** The next token, reading the next text line of the file if this one is used up. */
  private PpToken peek(Deque<PpToken> input, Frame frame) {
    while (input.isEmpty() && frame != null && frame.next < frame.lines.size()) {
      ImmutableList<PpToken> line = frame.lines.get(frame.next);
      if (!line.isEmpty() && line.get(0).is("#")) {
        return null;
      }
      frame.next++;
      for (int i = 0; i < line.size(); i++) {
        input.addLast(i == 0 ? line.get(i).withSpace(true) : line.get(i));
      }
    }
    return input.peekFirst();
  }

  /** Collects the arguments after '('; returns the closing ')'. */
  private PpToken arguments(
      Deque<PpToken> input, Frame frame, PpToken name, Macro m, List<List<PpToken>> args) {
    List<PpToken> current = new ArrayList<>();
    int nesting = 0;
    PpToken close;
    while (true) {
      PpToken t = peek(input, frame);
      if (t == null) {
        throw new InputException(
            name.position(), "unterminated argument list invoking macro " + m.name());
      }
      input.pollFirst();
      if (t.is("(")) {
        nesting++;
      } else if (t.is(")")) {
        if (nesting == 0) {
          args.add(current);
          close = t;
          break;
        }
        nesting--;
      } else if (t.is(",")
          && nesting == 0
          && !(m.variadic() && args.size() == m.parameters().size() - 1)) {
        args.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(t);
    }
    int expected = m.parameters().size();
    if (expected == 0 && args.size() == 1 && args.get(0).isEmpty()) {
      args.clear();
    } else if (m.variadic() && args.size() == expected - 1) {
      args.add(new ArrayList<>());
    }
    if (args.size() != expected) {
      throw new InputException(
          name.position(),
          "macro " + m.name() + " passed " + args.size() + " arguments, but takes " + expected);
    }
    return close;
  }

  /** The macro's body with arguments in place, each token marked as expanded at {@code at}. */
  private List<PpToken> substitute(
      Macro m, List<List<PpToken>> args, PpToken at, ImmutableSet<String> hide, int depth) {
    if (depth >= MAX_ARGUMENT_DEPTH) {
      throw new InputException(
          at.position(), "macro arguments nested more than " + MAX_ARGUMENT_DEPTH + " deep");
    }
    List<PpToken> body = m.body();
    List<PpToken> result = new ArrayList<>(body.size());
    PpToken placeholder =
        new PpToken(
            PpToken.Kind.PUNCTUATOR,
            "",
            false,
            at.file(),
            at.line(),
            at.column(),
            true,
            ImmutableSet.of());
    for (int i = 0; i < body.size(); i++) {
      PpToken b = body.get(i);
      int p = b.isIdentifier() ? m.parameterIndex(b.text()) : -1;
      if (m.functionLike()
          && b.is("#")
          && i + 1 < body.size()
          && m.parameterIndex(body.get(i + 1).text()) >= 0) {
        result.add(stringize(args.get(m.parameterIndex(body.get(++i).text())), b));
      } else if (b.is("##") && !result.isEmpty() && i + 1 < body.size()) {
        PpToken next = body.get(++i);
        int q = next.isIdentifier() ? m.parameterIndex(next.text()) : -1;
        List<PpToken> right = q >= 0 ? args.get(q) : List.of(next);
        if (right.isEmpty()) {
          if (m.variadic()
              && q == m.parameters().size() - 1
              && result.get(result.size() - 1).is(",")) {
            result.remove(result.size() - 1);
          }
          continue;
        }
        PpToken left = result.remove(result.size() - 1);
        List<PpToken> pasted = SourceText.retokenize(left.text() + right.get(0).text(), at);
        for (int k = 0; k < pasted.size(); k++) {
          result.add(k == 0 ? pasted.get(k).withSpace(left.spaceBefore()) : pasted.get(k));
        }
        result.addAll(right.subList(1, right.size()));
      } else if (p >= 0) {
        boolean pasteFollows = i + 1 < body.size() && body.get(i + 1).is("##");
        List<PpToken> replacement = pasteFollows ? args.get(p) : expandArgument(args.get(p), depth);
        if (replacement.isEmpty()) {
          if (pasteFollows) {
            result.add(placeholder);
          }
          continue;
        }
        for (int k = 0; k < replacement.size(); k++) {
          result.add(k == 0 ? replacement.get(k).withSpace(b.spaceBefore()) : replacement.get(k));
        }
      } else {
        result.add(b);
      }
    }
    List<PpToken> marked = new ArrayList<>(result.size());
    for (PpToken t : result) {
      if (!t.text().isEmpty()) {
        marked.add(
            t.expandedAt(at, hide)
                .withSpace(marked.isEmpty() ? at.spaceBefore() : t.spaceBefore()));
      }
    }
    return marked;
  }

  private List<PpToken> expandArgument(List<PpToken> arg, int depth) {
    List<PpToken> expanded = new ArrayList<>(arg.size());
    expand(new ArrayDeque<>(arg), null, expanded::add, depth + 1);
    return expanded;
  }

  private static PpToken stringize(List<PpToken> arg, PpToken hash) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < arg.size(); i++) {
      PpToken t = arg.get(i);
      if (i > 0 && t.spaceBefore()) {
        sb.append(' ');
      }
      boolean literal = t.kind() == PpToken.Kind.STRING || t.kind() == PpToken.Kind.CHAR;
      for (char c : t.text().toCharArray()) {
        if (literal && (c == '"' || c == '\\')) {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    sb.append('"');
    return new PpToken(
        PpToken.Kind.STRING,
        sb.toString(),
        hash.spaceBefore(),
        hash.file(),
        hash.line(),
        hash.column(),
        true,
        ImmutableSet.of());
  }

  /** Writes a token, with a space where gluing it to the previous one would make another token. */
  private void emit(PpToken t) {
    boolean space = t.spaceBefore();
    if (!space
        && lastEmitted != null
        && (t.fromMacro() || lastEmitted.fromMacro())
        && wouldJoin(out.charAt(out.length() - 1), t.text().charAt(0))) {
      space = true;
    }
    if (space) {
      out.append(' ');
    }
    map.mark(out.length(), t.file(), t.line(), t.column(), !t.fromMacro());
    out.append(t.text());
    lastEmitted = t;
  }

  private static boolean wouldJoin(char a, char b) {
    if (SourceText.isIdentifierPart(a) && (SourceText.isIdentifierPart(b) || b == '.')) {
      return true;
    }
    return (a == b && "+-<>&|=/:#".indexOf(a) >= 0)
        || (a == '/' && b == '*')
        || (a == '-' && b == '>')
        || (b == '=' && "<>!=+-*/%&|^".indexOf(a) >= 0);
  }
}
