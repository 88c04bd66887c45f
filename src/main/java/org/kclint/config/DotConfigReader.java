package org.kclint.config;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.kclint.config.DotConfig.Assignment;
import org.kclint.config.DotConfig.Comment;
import org.kclint.config.DotConfig.Kind;
import org.kclint.config.DotConfig.Line;
import org.kclint.config.DotConfig.Unrecognized;
import org.kclint.config.parse.DotConfigLexer;
import org.kclint.config.parse.DotConfigParser;
import org.kclint.config.parse.DotConfigParserBaseVisitor;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;
import org.kclint.diag.SyntaxErrors;
import org.kclint.io.ByteText;
import org.kclint.io.InputFiles;

/** Reads a .config file into a {@link DotConfig}; the only place that sees its parse tree. */
public final class DotConfigReader {
  private DotConfigReader() {}

  public static DotConfig read(Path path) {
    return parse(path.toString(), InputFiles.read(path));
  }

  public static DotConfig parse(String file, byte[] bytes) {
    // conf reads bytes: Latin-1 or any other bytes in a value or a comment are kept as they are.
    return parse(file, ByteText.decode(bytes));
  }

  public static DotConfig parse(String file, String text) {
    refuseTooManyLines(file, text);
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    // Parsed a chunk of whole lines at a time: ANTLR keeps every token and tree node of what it
    // parses, ~650 bytes a line, which for a 15 MB file of short lines exhausted a 256 MB heap.
    int start = 0;
    int line = 1;
    do {
      int end = chunkEnd(text, start);
      parseChunk(file, text.substring(start, end), line, lines);
      line += newlines(text, start, end);
      start = end;
    } while (start < text.length());
    return new DotConfig(file, lines.build());
  }

  private static void refuseTooManyLines(String file, String text) {
    int newline = -1;
    for (int line = 1; line <= InputLimits.MAX_CONFIG_LINES; line++) {
      newline = text.indexOf('\n', newline + 1);
      if (newline < 0) {
        return;
      }
    }
    if (newline + 1 < text.length()) {
      throw new InputException(
          new Position(file, InputLimits.MAX_CONFIG_LINES + 1, 1),
          "more than " + InputLimits.MAX_CONFIG_LINES + " lines in a .config");
    }
  }

  /** Lines parsed at once: large enough that parser set-up costs nothing, small in memory. */
  private static final int CHUNK_LINES = 4096;

  private static int chunkEnd(String text, int start) {
    int end = start;
    for (int i = 0; i < CHUNK_LINES && end < text.length(); i++) {
      int newline = text.indexOf('\n', end);
      end = newline < 0 ? text.length() : newline + 1;
    }
    return end;
  }

  private static int newlines(String text, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  private static void parseChunk(
      String file, String chunk, int firstLine, ImmutableList.Builder<Line> lines) {
    DotConfigLexer lexer = new DotConfigLexer(CharStreams.fromString(chunk, file));
    lexer.setLine(firstLine);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    DotConfigParser parser = new DotConfigParser(tokens);
    SyntaxErrors.install(file, lexer, parser);
    DotConfigParser.ConfigContext tree = parser.config();
    LineBuilder builder = new LineBuilder(file, tokens);
    for (DotConfigParser.LineContext line : tree.line()) {
      lines.add(builder.visit(line));
    }
  }

  /** Builds one model line from one parsed line. */
  private static final class LineBuilder extends DotConfigParserBaseVisitor<Line> {
    private final String file;
    private final CommonTokenStream tokens;

    LineBuilder(String file, CommonTokenStream tokens) {
      this.file = file;
      this.tokens = tokens;
    }

    private Position at(Token start) {
      return new Position(file, start.getLine(), start.getCharPositionInLine() + 1);
    }

    @Override
    public Line visitLine(DotConfigParser.LineContext ctx) {
      return visit(ctx.getChild(0));
    }

    @Override
    public Line visitAssignment(DotConfigParser.AssignmentContext ctx) {
      Position position = at(ctx.getStart());
      if (ctx.NAME() == null || ctx.EQUALS() == null) {
        return new Unrecognized(ctx.getText(), position);
      }
      String value = ctx.VALUE() == null ? "" : lineText(ctx.VALUE());
      return new Assignment(ctx.NAME().getText(), value, Kind.SET, position);
    }

    @Override
    public Line visitUnset(DotConfigParser.UnsetContext ctx) {
      Position position = at(ctx.getStart());
      TerminalNode tail = ctx.UNSET_TAIL();
      if (ctx.UNSET_NAME() != null && tail != null && tail.getText().startsWith(" is not set")) {
        return new Assignment(ctx.UNSET_NAME().getText(), "n", Kind.NOT_SET, position);
      }
      return new Comment(ctx.getText(), position);
    }

    @Override
    public Line visitComment(DotConfigParser.CommentContext ctx) {
      return new Comment(ctx.getText(), at(ctx.getStart()));
    }

    @Override
    public Line visitOther(DotConfigParser.OtherContext ctx) {
      return new Unrecognized(ctx.getText(), at(ctx.getStart()));
    }

    /** A token's text up to the line end: conf drops one '\r' before the newline. */
    private String lineText(TerminalNode node) {
      String text = node.getText();
      Token next = tokens.get(node.getSymbol().getTokenIndex() + 1);
      boolean endsLine = next.getType() == DotConfigLexer.NEWLINE;
      return endsLine && text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
  }
}
