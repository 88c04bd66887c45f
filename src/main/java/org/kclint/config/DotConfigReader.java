package org.kclint.config;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.kclint.diag.Position;
import org.kclint.diag.SyntaxErrors;

/** Reads a .config file into a {@link DotConfig}; the only place that sees its parse tree. */
public final class DotConfigReader {
  private DotConfigReader() {}

  public static DotConfig read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(Position.ofLine(path.toString(), 0), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return parse(path.toString(), bytes);
  }

  public static DotConfig parse(String file, byte[] bytes) {
    return parse(file, decode(file, bytes));
  }

  public static DotConfig parse(String file, String text) {
    DotConfigLexer lexer = new DotConfigLexer(CharStreams.fromString(text, file));
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    DotConfigParser parser = new DotConfigParser(tokens);
    SyntaxErrors.install(file, lexer, parser);
    DotConfigParser.ConfigContext tree = parser.config();
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    LineBuilder builder = new LineBuilder(file, tokens);
    for (DotConfigParser.LineContext line : tree.line()) {
      lines.add(builder.visit(line));
    }
    return new DotConfig(file, lines.build());
  }

  private static String decode(String file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int offset = firstInvalid(bytes);
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new InputException(
          new Position(file, line, offset - lineStart + 1), "not UTF-8 text");
    }
  }

  private static int firstInvalid(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
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
