package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * The Kconfig macro language (scripts/kconfig/preprocess.c): variables, user functions, the
 * built-in functions and environment variables, expanded in reading order.
 *
 * <p>{@code $(shell,...)} goes to {@link ShellResults}. A result it does not know expands to {@code
 * n} (a word and a string both parse, and the kernel's own helpers treat {@code n} as "failed");
 * every expansion that used such a result, directly or through a simple variable that holds one,
 * counts in {@link #unknownUses()}, so that callers can tell which properties rest on an unknown
 * toolchain fact.
 */
final class Preprocessor {
  /** preprocess.c's FUNCTION_MAX_ARGS. */
  private static final int MAX_ARGUMENTS = 16;

  static final int MAX_DEPTH = InputLimits.MAX_MACRO_DEPTH;

  private final ImmutableMap<String, String> environment;
  private final ShellResults shell;
  private final Consumer<String> warnings;
  private final InputLog log;
  private final Consumer<String> info;
  private final Map<String, Variable> variables = new HashMap<>();
  private Position position = Position.ofLine("Kconfig", 1);
  private int confLine = 1;
  private int depth;

  /** References evaluated in the current top-level expansion. */
  private int steps;

  private int unknownUses;

  /** {@code log} receives each environment variable expanded, with its value. */
  Preprocessor(
      ImmutableMap<String, String> environment,
      ShellResults shell,
      Consumer<String> warnings,
      Consumer<String> info,
      InputLog log) {
    this.environment = environment;
    this.shell = shell;
    this.warnings = warnings;
    this.info = info;
    this.log = log;
  }

  /** Where the text being expanded comes from: for $(filename), $(lineno) and errors. */
  void at(Position where) {
    at(where, where.line());
  }

  /**
   * Text at {@code where} that conf expands when its lexer is at {@code confLine} ($(lineno), and
   * the line of what the macros print); kclint's own errors keep {@code where}.
   */
  void at(Position where, int confLine) {
    position = where;
    this.confLine = confLine;
  }

  Position position() {
    return position;
  }

  /** How many expansions so far used a $(shell,...) result that is not known. */
  int unknownUses() {
    return unknownUses;
  }

  /** Expands every reference in {@code text} (preprocess.c expand_string). */
  String expand(String text) {
    steps = 0;
    return expand(text, ImmutableList.of());
  }

  /** {@code NAME = VALUE}, {@code :=} or {@code +=} (preprocess.c variable_add). */
  void assign(String name, String value, AssignOperator operator) {
    Variable old = variables.get(name);
    boolean append = operator == AssignOperator.APPEND && old != null;
    boolean recursive =
        switch (operator) {
          case RECURSIVE -> true;
          case SIMPLE -> false;
          case APPEND -> old == null || old.recursive;
        };
    int before = unknownUses;
    steps = 0;
    String newValue = recursive ? value : expand(value, ImmutableList.of());
    boolean unknown = !recursive && unknownUses > before;
    if (append) {
      variables.put(
          name, new Variable(old.value + " " + newValue, recursive, old.unknown || unknown));
    } else {
      variables.put(name, new Variable(newValue, recursive, unknown));
    }
  }

  enum AssignOperator {
    RECURSIVE,
    SIMPLE,
    APPEND
  }

  private String expand(String in, List<String> args) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    int i = 0;
    while (i < in.length()) {
      if (in.charAt(i) != '$') {
        i++;
        continue;
      }
      out.append(in, start, i);
      i++;
      if (i >= in.length() || in.charAt(i) != '(') {
        out.append('$');
        start = i;
        continue;
      }
      int close = matchingParen(in, i + 1);
      if (close < 0) {
        throw confError("unterminated reference to '" + in.substring(i + 1) + "': missing ')'");
      }
      out.append(evaluate(in.substring(i + 1, close), args));
      checkLength(out);
      i = close + 1;
      start = i;
    }
    out.append(in, start, in.length());
    checkLength(out);
    return out.toString();
  }

  private void checkLength(StringBuilder out) {
    if (out.length() > InputLimits.MAX_MACRO_EXPANSION_CHARS) {
      throw error(
          "macro expansion longer than " + InputLimits.MAX_MACRO_EXPANSION_CHARS + " characters");
    }
  }

  private static int matchingParen(String in, int from) {
    int nest = 0;
    for (int q = from; q < in.length(); q++) {
      char c = in.charAt(q);
      if (c == '(') {
        nest++;
      } else if (c == ')' && nest-- == 0) {
        return q;
      }
    }
    return -1;
  }

  /** One reference's inside, {@code name,arg,...} (preprocess.c eval_clause). */
  private String evaluate(String clause, List<String> args) {
    int argument = argumentNumber(clause);
    if (argument > 0 && argument <= args.size()) {
      return args.get(argument - 1);
    }
    if (++steps > InputLimits.MAX_MACRO_STEPS) {
      throw error("macro expansion took more than " + InputLimits.MAX_MACRO_STEPS + " steps");
    }
    if (++depth > MAX_DEPTH) {
      throw error("macro expansion nested more than " + MAX_DEPTH + " deep");
    }
    try {
      List<String> parts = split(clause);
      String name = expand(parts.get(0), args);
      List<String> values = new ArrayList<>();
      for (String part : parts.subList(1, parts.size())) {
        values.add(expand(part, args));
      }
      Variable variable = variables.get(name);
      if (variable != null) {
        return expandVariable(name, variable, values);
      }
      Builtin builtin = Builtin.named(name);
      if (builtin != null) {
        return call(builtin, values);
      }
      if (values.isEmpty()) {
        return name.isEmpty() ? "" : variable(name);
      }
      // The kernel expands a call of an undefined function to nothing; that is always a typo.
      throw error("unknown macro function '" + name + "'");
    } finally {
      depth--;
    }
  }

  private String variable(String name) {
    String value = environment.get(name);
    log.variable(name, Optional.ofNullable(value));
    return value == null ? "" : value;
  }

  private static int argumentNumber(String clause) {
    if (clause.isEmpty() || clause.length() > 9) {
      return 0;
    }
    for (int i = 0; i < clause.length(); i++) {
      if (clause.charAt(i) < '0' || clause.charAt(i) > '9') {
        return 0;
      }
    }
    return Integer.parseInt(clause);
  }

  private List<String> split(String clause) {
    List<String> parts = new ArrayList<>();
    int nest = 0;
    int start = 0;
    for (int p = 0; p < clause.length(); p++) {
      char c = clause.charAt(p);
      if (nest == 0 && c == ',') {
        parts.add(clause.substring(start, p));
        start = p + 1;
        if (parts.size() >= MAX_ARGUMENTS) {
          throw confError("too many function arguments");
        }
      } else if (c == '(') {
        nest++;
      } else if (c == ')') {
        nest--;
      }
    }
    parts.add(clause.substring(start));
    return parts;
  }

  private String expandVariable(String name, Variable variable, List<String> args) {
    if (args.isEmpty() && variable.expanding) {
      throw confError("Recursive variable '" + name + "' references itself (eventually)");
    }
    if (variable.unknown) {
      unknownUses++;
    }
    if (!variable.recursive) {
      return variable.value;
    }
    boolean wasExpanding = variable.expanding;
    variable.expanding = true;
    try {
      return expand(variable.value, args);
    } finally {
      variable.expanding = wasExpanding;
    }
  }

  private String call(Builtin builtin, List<String> args) {
    if (args.size() < builtin.minArgs) {
      throw confError("too few function arguments passed to '" + builtin.spelling + "'");
    }
    if (args.size() > builtin.maxArgs) {
      throw confError("too many function arguments passed to '" + builtin.spelling + "'");
    }
    return switch (builtin) {
      case ERROR_IF -> {
        if (args.get(0).equals("y")) {
          throw confError(args.get(1));
        }
        yield "";
      }
      case FILENAME -> position.file();
      case INFO -> {
        info.accept(args.get(0));
        yield "";
      }
      case LINENO -> Integer.toString(confLine);
      case SHELL -> shell(args.get(0));
      case WARNING_IF -> {
        if (args.get(0).equals("y")) {
          warnings.accept(position.file() + ":" + confLine + ": " + args.get(1));
        }
        yield "";
      }
    };
  }

  private String shell(String command) {
    ShellResults.Result result = shell.run(command, position);
    if (result instanceof ShellResults.Known known) {
      return known.output();
    }
    unknownUses++;
    return ShellResults.UNKNOWN_EXPANSION;
  }

  /** What kclint refuses beyond conf (its limits, an unknown function). */
  private InputException error(String message) {
    return new InputException(position, message);
  }

  /** preprocess.c's pperror: conf prints {@code FILE:LINE: message} and exits. */
  private InputException confError(String message) {
    return new InputException(position, message, position.file() + ":" + confLine + ": " + message);
  }

  private enum Builtin {
    ERROR_IF("error-if", 2, 2),
    FILENAME("filename", 0, 0),
    INFO("info", 1, 1),
    LINENO("lineno", 0, 0),
    SHELL("shell", 1, 1),
    WARNING_IF("warning-if", 2, 2);

    private final String spelling;
    private final int minArgs;
    private final int maxArgs;

    Builtin(String spelling, int minArgs, int maxArgs) {
      this.spelling = spelling;
      this.minArgs = minArgs;
      this.maxArgs = maxArgs;
    }

    static Builtin named(String name) {
      for (Builtin builtin : values()) {
        if (builtin.spelling.equals(name)) {
          return builtin;
        }
      }
      return null;
    }
  }

  /** A variable or user function; {@code unknown}: its simple value used an unknown result. */
  private static final class Variable {
    final String value;
    final boolean recursive;
    final boolean unknown;
    boolean expanding;

    Variable(String value, boolean recursive, boolean unknown) {
      this.value = value;
      this.recursive = recursive;
      this.unknown = unknown;
    }
  }
}
