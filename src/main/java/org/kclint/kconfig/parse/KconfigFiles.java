package org.kclint.kconfig.parse;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ByteText;
import org.kclint.io.InputFiles;
import org.kclint.io.ReadRoots;

/**
 * The Kconfig files of one tree: where a {@code source} line leads, and a file's text. Files are
 * named relative to the tree root, as the kernel names them; nothing outside the root is read.
 */
final class KconfigFiles {
  private final Path root;
  private final ReadRoots inTree;
  private final InputLog log;

  /**
   * Each file named so far and the path it is opened by: the name is normalised, as the kernel
   * prints it, while the path keeps a {@code ..} after a link, as conf's fopen follows it.
   */
  private final Map<String, Path> opened = new HashMap<>();

  /** {@code log} receives every file read and every lookup's result. */
  KconfigFiles(Path srctree, InputLog log) {
    this.root = srctree.toAbsolutePath().normalize();
    this.inTree = ReadRoots.of(List.of(root));
    this.log = log;
  }

  Path root() {
    return root;
  }

  /**
   * The file a {@code source} line names, relative to the tree root. 6.1 has no globs (lexer.l
   * zconf_nextfile opens the name as written): a pattern is a file name like any other.
   */
  String resolve(String written, Position where) {
    if (written.indexOf('\0') >= 0) {
      throw new InputException(where, "a file name cannot hold a NUL character");
    }
    try {
      String found = resolveNamed(written, where);
      log.lookup(new ReadInputs.SourceLookup(written), found);
      return found;
    } catch (InvalidPathException e) {
      // Bytes that are not UTF-8 (kept by ByteText) or not in the platform's file name encoding.
      throw new InputException(
          where, "can't open file \"" + written + "\": not a file name this system can open");
    }
  }

  private String resolveNamed(String written, Position where) {
    Path file = inside(root.resolve(written), written, where);
    if (!Files.isRegularFile(file)) {
      String message = "can't open file \"" + written + "\"";
      // lexer.l zconf_nextfile: conf names the source line and stops there.
      throw new InputException(where, message, where.file() + ":" + where.line() + ": " + message);
    }
    String name = name(file);
    opened.putIfAbsent(name, file);
    return name;
  }

  /**
   * The file, absolute, if it lies inside the root; symbolic links count where they lead, so that
   * no link inside the tree can make kclint read a file outside it.
   */
  private Path inside(Path file, String written, Position where) {
    Path absolute = file.toAbsolutePath();
    if (!inTree.contains(absolute)) {
      throw new InputException(
          where, "refusing to read \"" + written + "\": outside the tree root");
    }
    return absolute;
  }

  private String name(Path file) {
    return root.relativize(file.normalize()).toString().replace('\\', '/');
  }

  /**
   * The text of the file named {@code name} (relative to the root), with CRLF line ends turned into
   * LF. Bytes that are not UTF-8 are kept as they are ({@link ByteText}), as the kernel reads
   * bytes; a NUL byte means the file is not text.
   */
  String read(String name, Position where) {
    FileStat stat = stat(name);
    byte[] bytes = bytes(name, where);
    log.file(name, stat, bytes);
    int line = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(Position.ofLine(name, line), "not a text file (NUL byte)");
      }
      if (bytes[i] == '\n') {
        line++;
      }
    }
    String text = ByteText.decode(bytes);
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }

  /** The bytes of the file named {@code name} (relative to the root), within the size limit. */
  byte[] bytes(String name, Position where) {
    return InputFiles.read(path(name), name, where);
  }

  /**
   * The stat of the file named {@code name}, to be taken before its bytes are read: a change while
   * they are read then shows in the next stat.
   */
  FileStat stat(String name) {
    return FileStat.of(path(name));
  }

  private Path path(String name) {
    return opened.getOrDefault(name, root.resolve(name));
  }
}
