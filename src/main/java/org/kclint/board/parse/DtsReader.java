package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.kclint.board.DeviceTree;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * Reads board descriptions as the kernel's build does: the C preprocessor with {@code -I}
 * directories, then dtc's parser and tree rules. One reader keeps the files it has read, so a
 * run over many boards reads each shared .dtsi and header once. Not thread-safe.
 */
public final class DtsReader {
  private final ImmutableList<Path> includeDirs;
  private final IncludePath includePath;
  private final SourceCache cache = new SourceCache();

  public DtsReader(List<Path> includeDirs) {
    this.includeDirs = ImmutableList.copyOf(includeDirs);
    this.includePath = new IncludePath(includeDirs);
  }

  /** The merged tree of {@code file}; any problem is a positioned {@link InputException}. */
  public DeviceTree read(Path file) {
    Preprocessor.Result pp = Preprocessor.run(file, includeDirs, cache);
    Map<CharStream, Locator> locators = new IdentityHashMap<>();
    CharStream input = CharStreams.fromString(pp.text(), file.toString());
    locators.put(input, Locator.mapped(pp.map()));
    ThrowingErrorListener errors = new ThrowingErrorListener(locators);
    DtsLexer lexer = new DtsLexer(input);
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CommonTokenStream tokens = new CommonTokenStream(
        new IncludingTokenSource(
            lexer, locators, errors, (name, at) -> resolve(name, errors.locate(at)), cache));
    DtsParser parser = new DtsParser(tokens);
    parser.removeErrorListeners();
    // SLL first; only if that fails, the full LL parse that reports the error precisely.
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    DtsParser.SourceFileContext tree;
    try {
      tree = parser.sourceFile();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parser.sourceFile();
    }
    return new TreeBuilder(
            file.toString(), errors::locate, (name, at) -> readBinary(name, errors.locate(at)))
        .build(tree);
  }

  /** dtc's search for /include/ and /incbin/ files: the includer's folder, then -I folders. */
  private Path resolve(String name, Position where) {
    return includePath
        .find(name, Optional.ofNullable(Path.of(where.file()).getParent()))
        .orElseThrow(() -> new InputException(where, "cannot find include file " + name));
  }

  private byte[] readBinary(String name, Position where) {
    Path file = resolve(name, where);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(where, "cannot read " + file + ": " + e.getMessage());
    }
  }
}
