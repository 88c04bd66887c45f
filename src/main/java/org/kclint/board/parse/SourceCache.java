package org.kclint.board.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;

/**
 * The files one run reads, each read and tokenized once: boards of one SoC family include the same
 * .dtsi and dt-bindings headers dozens of times. Text is decoded one char per byte, so any byte
 * sequence survives unchanged into property values.
 */
final class SourceCache {
  private final Map<Path, String> texts = new HashMap<>();
  private final Map<Path, SourceText> tokenized = new HashMap<>();

  /** Characters of the texts held. */
  private long chars;

  /** Makes {@code text} the content of {@code file}, for a description that is not on disk. */
  void preload(Path file, byte[] content) {
    texts.put(key(file), new String(content, StandardCharsets.ISO_8859_1));
  }

  /** The file's characters; {@code from} is where it was asked for, for the error message. */
  String text(Path file, Position from) {
    Path key = key(file);
    String cached = texts.get(key);
    if (cached != null) {
      return cached;
    }
    String text = new String(InputFiles.read(file, from), StandardCharsets.ISO_8859_1);
    chars += text.length();
    texts.put(key, text);
    return text;
  }

  /**
   * The path as opened, not normalised: {@code link/../x} is another file than {@code x} when
   * {@code link} is a symbolic link.
   */
  private static Path key(Path file) {
    return file.toAbsolutePath();
  }

  SourceText tokens(Path file, Position from) {
    Path key = key(file);
    SourceText cached = tokenized.get(key);
    if (cached != null) {
      return cached;
    }
    SourceText source = SourceText.of(file.toString(), text(file, from));
    tokenized.put(key, source);
    return source;
  }

  /** Characters of the files read and held, which what is cached from them grows with. */
  long chars() {
    return chars;
  }

  /** Forgets every file read (a preloaded one too: it is read right after it is preloaded). */
  void clear() {
    texts.clear();
    tokenized.clear();
    chars = 0;
  }
}
