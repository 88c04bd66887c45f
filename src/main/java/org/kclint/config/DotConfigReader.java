package org.kclint.config;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.kclint.config.DotConfig.Assignment;
import org.kclint.config.DotConfig.Comment;
import org.kclint.config.DotConfig.Kind;
import org.kclint.config.DotConfig.Line;
import org.kclint.config.DotConfig.Unrecognized;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;
import org.kclint.io.ByteText;
import org.kclint.io.InputFiles;

/**
 * Reads a .config file into a {@link DotConfig} line by line, as conf's conf_read_simple()
 * (scripts/kconfig/confdata.c:351) does with its hand-written loop over getline(): a line is {@code
 * CONFIG_NAME=value}, {@code # CONFIG_NAME is not set}, another comment, or anything else (which
 * conf warns about and skips). Every byte sequence reads: conf rejects nothing, so neither do we.
 * Only '\n' ends a line.
 *
 * <p>Hand-written rather than an ANTLR grammar because the format is this simple and a one-shot run
 * reads one .config: the grammar's ATN deserialization, class loading and interpreted prediction
 * cost a cold JVM more than the rest of reading the file.
 */
public final class DotConfigReader {
  private DotConfigReader() {}

  private static final String CONFIG_ = "CONFIG_";
  private static final String UNSET_PREFIX = "# " + CONFIG_;
  private static final String NOT_SET = " is not set";

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
    int lineNumber = 1;
    for (int start = 0; start < text.length(); lineNumber++) {
      int newline = text.indexOf('\n', start);
      boolean ended = newline >= 0;
      int end = ended ? newline : text.length();
      // An empty line is no line at all (conf skips it without a word).
      if (end > start) {
        lines.add(line(text.substring(start, end), ended, new Position(file, lineNumber, 1)));
      }
      start = end + 1;
    }
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

  /** One non-empty line without its '\n'; {@code ended} whether a '\n' followed it. */
  private static Line line(String line, boolean ended, Position position) {
    if (line.startsWith("#")) {
      return unsetOrComment(line, position);
    }
    if (line.startsWith(CONFIG_)) {
      return assignment(line, ended, position);
    }
    return new Unrecognized(line, position);
  }

  /** "# CONFIG_NAME is not set" (anything may follow "set"), else a comment. */
  private static Line unsetOrComment(String line, Position position) {
    if (line.startsWith(UNSET_PREFIX)) {
      int nameStart = UNSET_PREFIX.length();
      int space = line.indexOf(' ', nameStart);
      if (space > nameStart && line.startsWith(NOT_SET, space)) {
        return new Assignment(line.substring(nameStart, space), "n", Kind.NOT_SET, position);
      }
    }
    return new Comment(line, position);
  }

  /** "CONFIG_NAME=value"; without a name or an '=' the line is skipped, unrecognized. */
  private static Line assignment(String line, boolean ended, Position position) {
    int equals = line.indexOf('=', CONFIG_.length());
    if (equals <= CONFIG_.length()) {
      return new Unrecognized(line, position);
    }
    String value = line.substring(equals + 1);
    // conf drops one '\r' before the newline; a last line without a newline keeps it.
    if (ended && value.endsWith("\r")) {
      value = value.substring(0, value.length() - 1);
    }
    return new Assignment(line.substring(CONFIG_.length(), equals), value, Kind.SET, position);
  }
}
