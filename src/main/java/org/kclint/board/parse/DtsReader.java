package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.kclint.board.DeviceTree;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;

/**
 * Reads board descriptions as the kernel's build does: the C preprocessor with {@code -I}
 * directories, then dtc's parser and tree rules. One reader keeps what it has read for the run:
 * each file's tokens, each inclusion's preprocessed result (replayed when the same macros are in
 * force), and the parse of each such result that stands alone as top-level statements, so a board
 * costs little more than its own lines and dtc's merge. What it keeps is bounded ({@link
 * #MAX_CACHED_CHARS}). Not thread-safe.
 */
public final class DtsReader {
  /**
   * Characters of source the reader keeps what it read from before it forgets it all, which bounds
   * a boards-built sweep's memory: kept, the tokens, preprocessed results and parses of multi_v7's
   * boards grew past 600 MB live (about 30 bytes a character). Boards of one SoC family come one
   * after another in the Makefile, so their shared files are read once between two clearings.
   */
  static final long MAX_CACHED_CHARS = 6_000_000;

  private final ImmutableList<Path> includeDirs;
  private final IncludePath includePath;
  private final boolean allowOutside;
  private final long maxCachedChars;

  /** Where the description being read may include from. */
  private IncludeRoots roots;

  private final SourceCache cache = new SourceCache();
  private final IncludeMemo memo = new IncludeMemo();

  /** Per inclusion result and starting lexer mode: its statements, or empty if not standalone. */
  private final Map<IncludeMemo.Variant, Map<Integer, Optional<Parsed>>> parsed =
      new IdentityHashMap<>();

  /** A reader that includes only from the folder of the file read and from {@code includeDirs}. */
  public DtsReader(List<Path> includeDirs) {
    this(includeDirs, false);
  }

  /** With {@code allowOutside}, includes may also name files anywhere else. */
  public DtsReader(List<Path> includeDirs, boolean allowOutside) {
    this(includeDirs, allowOutside, MAX_CACHED_CHARS);
  }

  /** With the bound on what it keeps at {@code maxCachedChars}. */
  DtsReader(List<Path> includeDirs, boolean allowOutside, long maxCachedChars) {
    this.includeDirs = ImmutableList.copyOf(includeDirs);
    this.includePath = new IncludePath(includeDirs);
    this.allowOutside = allowOutside;
    this.maxCachedChars = maxCachedChars;
  }

  /** Characters of source the reader keeps what it read from. */
  long cachedChars() {
    return cache.chars();
  }

  /** The statements of a piece, and whether it had any token at all. */
  private record Parsed(ImmutableList<Ast.Item> items, boolean tokens) {}

  /**
   * The merged tree of a description shipped in the jar rather than on disk (the bundled example):
   * {@code content} stands for {@code file}, which names it in diagnostics.
   */
  public DeviceTree read(Path file, byte[] content) {
    cache.preload(file, content);
    return read(file);
  }

  /** The merged tree of {@code file}; any problem is a positioned {@link InputException}. */
  public DeviceTree read(Path file) {
    roots = IncludeRoots.of(file, includeDirs, allowOutside);
    CPreprocessor.Result pp = CPreprocessor.run(file, includeDirs, roots, cache, memo);
    ImmutableList<Ast.Item> items = piecewise(pp).orElseGet(() -> whole(file, pp));
    if (cache.chars() > maxCachedChars) {
      cache.clear();
      memo.clear();
      parsed.clear();
    }
    return new DeviceTreeBuilder(file.toString()).build(items);
  }

  /**
   * The statements piece by piece, when every piece stands alone (an #include between top-level
   * statements, as .dtsi files are included); empty otherwise. Each piece is lexed in the mode
   * dtc's lexer would be in there: the start mode before any token, else the name mode that follows
   * a statement's ';'.
   */
  private Optional<ImmutableList<Ast.Item>> piecewise(CPreprocessor.Result pp) {
    ImmutableList.Builder<Ast.Item> items = ImmutableList.builder();
    boolean tokens = false;
    for (CPreprocessor.Piece piece : pp.pieces()) {
      int mode = tokens ? DtsLexer.NAME : Lexer.DEFAULT_MODE;
      Optional<Parsed> result;
      if (piece.from() == null) {
        result = parsePiece(pp, piece, mode);
      } else {
        Map<Integer, Optional<Parsed>> byMode =
            parsed.computeIfAbsent(piece.from(), k -> new HashMap<>(2));
        result = byMode.get(mode);
        if (result == null) {
          result = parsePiece(pp, piece, mode);
          byMode.put(mode, result);
        }
      }
      if (result.isEmpty()) {
        return Optional.empty();
      }
      items.addAll(result.get().items());
      tokens |= result.get().tokens();
    }
    return Optional.of(items.build());
  }

  private Optional<Parsed> parsePiece(
      CPreprocessor.Result pp, CPreprocessor.Piece piece, int mode) {
    int base = piece.start();
    Parse parse =
        new Parse(
            CharStreams.fromString(pp.text().substring(piece.start(), piece.end()), "piece"),
            (offset, line, column) -> pp.map().at(base + offset),
            mode);
    try {
      return Optional.of(
          new Parsed(parse.builder().items(parse.parser.sourceFile()), parse.tokens.size() > 1));
    } catch (ParseCancellationException e) {
      // Not standalone (or SLL gave up): the whole text is parsed instead, and reports errors.
      return Optional.empty();
    }
  }

  /** The statements of the whole preprocessed text, parsed as dtc parses it. */
  private ImmutableList<Ast.Item> whole(Path file, CPreprocessor.Result pp) {
    Parse parse =
        new Parse(
            CharStreams.fromString(pp.text(), file.toString()),
            Locator.mapped(pp.map()),
            Lexer.DEFAULT_MODE);
    DtsParser.SourceFileContext tree;
    try {
      tree = parse.parser.sourceFile();
    } catch (ParseCancellationException e) {
      // SLL failed: the full LL parse, which also reports the error precisely.
      parse.tokens.seek(0);
      parse.parser.reset();
      parse.parser.addErrorListener(parse.errors);
      parse.parser.setErrorHandler(new DefaultErrorStrategy());
      parse.parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parse.parser.sourceFile();
    }
    return parse.builder().items(tree);
  }

  /** Lexer, dtc's /include/, and a parser in SLL mode that bails out at the first error. */
  private final class Parse {
    final ThrowingErrorListener errors;
    final CommonTokenStream tokens;
    final DtsParser parser;

    Parse(CharStream input, Locator locator, int mode) {
      Map<CharStream, Locator> locators = new IdentityHashMap<>();
      locators.put(input, locator);
      errors = new ThrowingErrorListener(locators);
      DtsLexer lexer = new DtsLexer(input);
      lexer.removeErrorListeners();
      lexer.addErrorListener(errors);
      lexer.mode(mode);
      tokens =
          new CommonTokenStream(
              new IncludingTokenSource(
                  lexer, locators, errors, (name, at) -> resolve(name, errors.locate(at)), cache));
      parser = new DtsParser(tokens);
      parser.removeErrorListeners();
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      parser.setErrorHandler(new BailErrorStrategy());
    }

    AstBuilder builder() {
      return new AstBuilder(errors::locate, (name, at) -> readBinary(name, errors.locate(at)));
    }
  }

  /** dtc's search for /include/ and /incbin/ files: the includer's folder, then -I folders. */
  private Path resolve(String name, Position where) {
    return includePath
        .find(name, Optional.ofNullable(Path.of(where.file()).getParent()))
        .map(file -> roots.admit(file, name, where))
        .orElseThrow(() -> new InputException(where, "cannot find include file " + name));
  }

  private byte[] readBinary(String name, Position where) {
    return InputFiles.read(resolve(name, where), where);
  }
}
