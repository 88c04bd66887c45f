package org.kclint.board.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * The files one run reads, each read and tokenized once: boards of one SoC family include the same
 * .dtsi and dt-bindings headers dozens of times. Text is decoded one char per byte, so any byte
 * sequence survives unchanged into property values.
 */
final class SourceCache {
  private final Map<Path, String> texts = new HashMap<>();
  private final Map<Path, SourceText> tokenized = new HashMap<>();

  /** Makes {@code text} the content of {@code file}, for a description that is not on disk. */
  void preload(Path file, byte[] content) {
    texts.put(file.toAbsolutePath().normalize(), new String(content, StandardCharsets.ISO_8859_1));
  }

  /** The file's characters; {@code from} is where it was asked for, for the error message. */
  String text(Path file, Position from) {
    Path key = file.toAbsolutePath().normalize();
    String cached = texts.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      texts.put(key, text);
      return text;
    } catch (NoSuchFileException e) {
      throw new InputException(from, "cannot open " + file + ": no such file");
    } catch (IOException e) {
      throw new InputException(from, "cannot read " + file + ": " + e.getMessage());
    }
  }

  SourceText tokens(Path file, Position from) {
    Path key = file.toAbsolutePath().normalize();
    SourceText cached = tokenized.get(key);
    if (cached != null) {
      return cached;
    }
    SourceText source = SourceText.of(file.toString(), text(file, from));
    tokenized.put(key, source);
    return source;
  }
}
