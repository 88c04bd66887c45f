package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.kclint.board.parse.PpToken.Kind;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;

/**
 * A source file as the preprocessor sees it: logical lines (backslash-newline spliced, comments
 * replaced by a space) split into tokens that remember their line and column in the file. Built
 * once per file and run, then shared by every board that includes the file. A file with more braces
 * than {@link InputLimits#MAX_DT_NODES} is refused here, before its tokens fill the heap; {@link
 * IncludingTokenSource} counts the nodes of all files together.
 */
final class SourceText {
  private static final String[] PUNCTUATORS = {
    "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "##", "++", "--", "->", "..."
  };

  private final String name;
  private final ImmutableList<ImmutableList<PpToken>> lines;

  private SourceText(String name, ImmutableList<ImmutableList<PpToken>> lines) {
    this.name = name;
    this.lines = lines;
  }

  String name() {
    return name;
  }

  /** The logical lines; each ends where an unspliced newline ended it in the file. */
  ImmutableList<ImmutableList<PpToken>> lines() {
    return lines;
  }

  /**
   * Reads {@code text} (one char per byte of the file) under the display name {@code name}. Throws
   * a positioned {@link InputException} for an unterminated comment.
   */
  static SourceText of(String name, String text) {
    return new SourceText(name, new Scanner(name, text).scan());
  }

  /** Tokenizes a piece of text, as token pasting needs; positions are those of {@code at}. */
  static List<PpToken> retokenize(String text, PpToken at) {
    Scanner scanner = new Scanner(at.file(), text);
    List<PpToken> out = new ArrayList<>();
    for (ImmutableList<PpToken> line : scanner.scan()) {
      for (PpToken t : line) {
        out.add(
            new PpToken(
                t.kind(),
                t.text(),
                t.spaceBefore(),
                at.file(),
                at.line(),
                at.column(),
                true,
                at.hideSet()));
      }
    }
    return out;
  }

  /** One pass over the characters: splices, comments, then tokens of each logical line. */
  private static final class Scanner {
    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;

    Scanner(String file, String text) {
      this.file = file;
      this.text = text;
    }

    ImmutableList<ImmutableList<PpToken>> scan() {
      ImmutableList.Builder<ImmutableList<PpToken>> out = ImmutableList.builder();
      List<PpToken> current = new ArrayList<>();
      boolean space = false;
      int braces = 0;
      while (true) {
        skipSplices();
        if (pos >= text.length()) {
          break;
        }
        char c = text.charAt(pos);
        if (c == '\n') {
          out.add(ImmutableList.copyOf(current));
          current.clear();
          space = false;
          advance();
          continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
          space = true;
          advance();
          continue;
        }
        if (c == '/' && peek(1) == '*') {
          skipBlockComment();
          space = true;
          continue;
        }
        if (c == '/' && peek(1) == '/') {
          while (pos < text.length() && text.charAt(pos) != '\n') {
            advance();
          }
          space = true;
          continue;
        }
        PpToken token = token(space);
        if (token.is("{") && ++braces > InputLimits.MAX_DT_NODES) {
          throw IncludingTokenSource.tooManyNodes(token.position());
        }
        current.add(token);
        space = false;
      }
      if (!current.isEmpty()) {
        out.add(ImmutableList.copyOf(current));
      }
      return out.build();
    }

    private PpToken token(boolean space) {
      int startLine = line;
      int startColumn = column;
      StringBuilder sb = new StringBuilder();
      char c = text.charAt(pos);
      Kind kind;
      if (isIdentifierStart(c)) {
        kind = Kind.IDENTIFIER;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
          sb.append(take());
          skipSplices();
        }
      } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
        kind = Kind.NUMBER;
        sb.append(take());
        skipSplices();
        while (pos < text.length()) {
          char d = text.charAt(pos);
          if ((d == '+' || d == '-') && endsWithExponent(sb)) {
            sb.append(take());
          } else if (isIdentifierPart(d) || d == '.') {
            sb.append(take());
          } else {
            break;
          }
          skipSplices();
        }
      } else if ((c == '"' || c == '\'') && closesOnLine(c)) {
        kind = c == '"' ? Kind.STRING : Kind.CHAR;
        sb.append(take());
        while (true) {
          skipSplices();
          char d = text.charAt(pos);
          sb.append(take());
          if (d == '\\') {
            skipSplices();
            sb.append(take());
          } else if (d == c) {
            break;
          }
        }
      } else {
        kind = Kind.PUNCTUATOR;
        String matched = null;
        for (String p : PUNCTUATORS) {
          if (text.startsWith(p, pos)) {
            matched = p;
            break;
          }
        }
        if (matched == null) {
          sb.append(take());
        } else {
          for (int i = 0; i < matched.length(); i++) {
            sb.append(take());
          }
        }
      }
      return new PpToken(
          kind, sb.toString(), space, file, startLine, startColumn, false, ImmutableSet.of());
    }

    /** A quote opens a literal only if it is closed before the line ends (assembler mode). */
    private boolean closesOnLine(char quote) {
      for (int i = pos + 1; i < text.length(); i++) {
        char d = text.charAt(i);
        if (d == '\\' && i + 1 < text.length()) {
          i++;
        } else if (d == quote) {
          return true;
        } else if (d == '\n') {
          return false;
        }
      }
      return false;
    }

    private static boolean endsWithExponent(StringBuilder sb) {
      char last = sb.charAt(sb.length() - 1);
      return last == 'e' || last == 'E' || last == 'p' || last == 'P';
    }

    private void skipBlockComment() {
      int startLine = line;
      int startColumn = column;
      advance();
      advance();
      while (pos < text.length()) {
        if (text.charAt(pos) == '*' && peek(1) == '/') {
          advance();
          advance();
          return;
        }
        advance();
      }
      throw new InputException(new Position(file, startLine, startColumn), "unterminated comment");
    }

    private void skipSplices() {
      while (pos < text.length() && text.charAt(pos) == '\\') {
        int next = pos + 1;
        if (next < text.length() && text.charAt(next) == '\r') {
          next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
          pos = next + 1;
          line++;
          column = 1;
        } else {
          return;
        }
      }
    }

    private char take() {
      char c = text.charAt(pos);
      advance();
      return c;
    }

    private void advance() {
      if (text.charAt(pos) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      pos++;
    }

    private char peek(int ahead) {
      int i = pos + ahead;
      return i < text.length() ? text.charAt(i) : '\0';
    }
  }

  static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
