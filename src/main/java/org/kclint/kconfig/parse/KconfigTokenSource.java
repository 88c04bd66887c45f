package org.kclint.kconfig.parse;

import java.util.function.Consumer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * The generated lexer plus the kernel's second-stage lexer (lexer.l {@code yylex}): the decisions
 * that depend on the tokens before. It drops an end of line that follows another one, enters the
 * raw value mode after {@code NAME =}, collects help text until its indentation drops, ends a
 * string at the end of its line, and ends a file's last line if it has no newline. It refuses more
 * entries than {@link InputLimits#MAX_KCONFIG_ENTRIES} in the file, or than {@link
 * InputLimits#MAX_KCONFIG_TREE_ENTRIES} with those of the files read before it, as it reads them,
 * before the file's tokens fill the heap.
 */
final class KconfigTokenSource extends KconfigLexer {
  private final String file;
  private final Consumer<String> warnings;
  private int previous = EOL;
  private int beforePrevious = EOL;
  private boolean helpPending;
  private boolean finalEolSent;
  private int entries;

  /** Entries of the files of the tree read before this one. */
  private final int entriesBefore;

  KconfigTokenSource(CharStream input, String file, int entriesBefore, Consumer<String> warnings) {
    super(input);
    this.file = file;
    this.entriesBefore = entriesBefore;
    this.warnings = warnings;
    removeErrorListeners();
  }

  @Override
  public Token nextToken() {
    while (true) {
      Token token = helpPending ? helpText() : firstStage();
      int type = token.getType();
      if (type == EOL && (previous == EOL || previous == HELPTEXT)) {
        continue;
      }
      if (type == EOL && previous == HELP) {
        helpPending = true;
      }
      if (beforePrevious == EOL
          && (previous == WORD || previous == MACRO_WORD)
          && (type == EQUAL || type == COLON_EQUAL || type == PLUS_EQUAL)) {
        pushMode(ASSIGN_VAL);
      }
      if (previous == EOL || previous == HELPTEXT) {
        countEntry(token);
      }
      beforePrevious = previous;
      previous = type;
      return token;
    }
  }

  private void countEntry(Token keyword) {
    switch (keyword.getType()) {
      case CONFIG, MENUCONFIG, CHOICE, MENU, COMMENT, IF -> {
        Position at = new Position(file, keyword.getLine(), keyword.getCharPositionInLine() + 1);
        if (++entries > InputLimits.MAX_KCONFIG_ENTRIES) {
          throw new InputException(
              at, "more than " + InputLimits.MAX_KCONFIG_ENTRIES + " entries in a Kconfig file");
        }
        if (entriesBefore + entries > InputLimits.MAX_KCONFIG_TREE_ENTRIES) {
          throw new InputException(
              at,
              "more than "
                  + InputLimits.MAX_KCONFIG_TREE_ENTRIES
                  + " entries in a Kconfig tree (all the files sourced, repeats included)");
        }
      }
      default -> {}
    }
  }

  /** The next token of lexer.l's own rules, with the cases flex handles by hand. */
  private Token firstStage() {
    while (true) {
      boolean inString = _mode == DQ_STRING || _mode == SQ_STRING;
      int next = _input.LA(1);
      if (inString && (next == '\n' || next == IntStream.EOF)) {
        if (next == '\n') {
          warnings.accept(here() + ":warning: multi-line strings not supported");
        }
        int end = _mode == DQ_STRING ? DQ_END : SQ_END;
        popMode();
        return synthetic(end, "");
      }
      if (next == IntStream.EOF && !finalEolSent && previous != EOL && previous != HELPTEXT) {
        finalEolSent = true;
        warnings.accept(here() + ":warning: no new line at end of file");
        return synthetic(EOL, "");
      }
      Token token = super.nextToken();
      switch (token.getType()) {
        case UNSUPPORTED ->
            warnings.accept(
                at(token) + ":warning: ignoring unsupported character '" + token.getText() + "'");
        case MACRO_WORD, DQ_REFERENCE, SQ_REFERENCE -> {
          checkTerminated(token);
          return token;
        }
        default -> {
          return token;
        }
      }
    }
  }

  /** A '$(' whose ')' is missing on its line matched as a lone '$': the kernel stops there. */
  private void checkTerminated(Token token) {
    if (token.getText().endsWith("$") && _input.LA(1) == '(') {
      String message = "unterminated reference to '" + restOfLine() + "': missing ')'";
      throw new InputException(
          new Position(file, getLine(), getCharPositionInLine()), message, here() + ": " + message);
    }
  }

  private String restOfLine() {
    StringBuilder rest = new StringBuilder();
    for (int i = 2; _input.LA(i) != '\n' && _input.LA(i) != IntStream.EOF; i++) {
      rest.appendCodePoint(_input.LA(i));
    }
    return rest.toString();
  }

  /**
   * Help text as lexer.l's HELP state builds it, read straight from the characters (help is half of
   * the kernel's Kconfig text, and needs no token of its own): the first line's indentation (tabs
   * to the next multiple of 8) is the text's; a line indented less, or a blank line followed by an
   * unindented one, ends it. Deeper indentation is kept as spaces, trailing blanks are dropped. The
   * blanks of the line that ends the text are consumed, as flex consumes them.
   */
  private Token helpText() {
    helpPending = false;
    StringBuilder text = new StringBuilder();
    int firstIndent = 0;
    int lastIndent = 0;
    int atLine = getLine();
    int atColumn = getCharPositionInLine();
    while (_input.LA(1) != IntStream.EOF) {
      int blanks = 0;
      int indent = 0;
      for (int c = _input.LA(1); c == ' ' || c == '\t'; c = _input.LA(1 + blanks)) {
        indent = c == '\t' ? (indent & ~7) + 8 : indent + 1;
        blanks++;
      }
      int after = _input.LA(1 + blanks);
      if (after == '\n') {
        skip(blanks + 1);
        atLine++;
        atColumn = 0;
        int next = _input.LA(1);
        if (next != IntStream.EOF && next != ' ' && next != '\t' && next != '\n') {
          break;
        }
        text.append('\n');
        continue;
      }
      if (blanks > 0) {
        skip(blanks);
        atColumn += blanks;
        lastIndent = indent;
        if (firstIndent > 0) {
          if (indent < firstIndent) {
            break;
          }
          text.append(" ".repeat(indent - firstIndent));
        }
        continue;
      }
      int length = 0;
      while (_input.LA(1 + length) != '\n' && _input.LA(1 + length) != IntStream.EOF) {
        length++;
      }
      int start = _input.index();
      text.append(stripTrailingBlanks(_input.getText(Interval.of(start, start + length - 1))));
      skip(length);
      atColumn += length;
      if (firstIndent == 0) {
        firstIndent = lastIndent;
      }
    }
    getInterpreter().setLine(atLine);
    getInterpreter().setCharPositionInLine(atColumn);
    // The token stands where the text ended, which is the line conf's parser sees with it.
    CommonToken token = new CommonToken(HELPTEXT, text.toString());
    token.setLine(atLine);
    token.setCharPositionInLine(atColumn);
    return token;
  }

  private void skip(int characters) {
    for (int i = 0; i < characters; i++) {
      _input.consume();
    }
  }

  private static String stripTrailingBlanks(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The entries this file had, once it is read. */
  int entries() {
    return entries;
  }

  private Token synthetic(int type, String text) {
    CommonToken token = new CommonToken(type, text);
    token.setLine(getLine());
    token.setCharPositionInLine(getCharPositionInLine());
    token.setStartIndex(_input.index());
    token.setStopIndex(_input.index() - 1);
    return token;
  }

  private String here() {
    return file + ":" + getLine();
  }

  private String at(Token token) {
    return file + ":" + token.getLine();
  }
}
