package org.kclint.kconfig.parse;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
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
   * The files a {@code source} line names, in the order to read them: one file, or the sorted
   * matches of a glob, relative to the tree root.
   */
  List<String> resolve(String written, Position where) {
    if (written.indexOf('\0') >= 0) {
      throw new InputException(where, "a file name cannot hold a NUL character");
    }
    try {
      List<String> found = resolveNamed(written, where);
      log.lookup(new ReadInputs.SourceLookup(written), found);
      return found;
    } catch (InvalidPathException e) {
      // Bytes that are not UTF-8 (kept by ByteText) or not in the platform's file name encoding.
      throw new InputException(
          where, "can't open file \"" + written + "\": not a file name this system can open");
    }
  }

  private List<String> resolveNamed(String written, Position where) {
    Path base = root;
    List<Path> found = new ArrayList<>();
    if (isGlob(written)) {
      expandGlob(base, written, where, found);
      found.sort(null);
    } else {
      Path file = inside(base.resolve(written), written, where);
      if (Files.isRegularFile(file)) {
        found.add(file);
      }
    }
    if (found.isEmpty()) {
      String message = "can't open file \"" + written + "\"";
      // lexer.l zconf_nextfile: conf names the source line and stops there.
      throw new InputException(where, message, where.file() + ":" + where.line() + ": " + message);
    }
    List<String> names = new ArrayList<>();
    for (Path file : found) {
      String name = name(file);
      opened.putIfAbsent(name, file);
      names.add(name);
    }
    return names;
  }

  private static boolean isGlob(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
  }

  private void expandGlob(Path base, String pattern, Position where, List<Path> found) {
    List<Path> candidates = List.of(pattern.startsWith("/") ? Path.of("/") : base);
    String[] segments = pattern.split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      List<Path> next = new ArrayList<>();
      for (Path dir : candidates) {
        if (!isGlob(segment)) {
          next.add(dir.resolve(segment));
          continue;
        }
        PathMatcher matcher;
        try {
          matcher = FileSystems.getDefault().getPathMatcher("glob:" + segment);
        } catch (PatternSyntaxException e) {
          throw new InputException(where, "bad glob pattern \"" + pattern + "\"");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
          for (Path entry : entries) {
            if (matcher.matches(entry.getFileName())) {
              next.add(entry);
            }
          }
        } catch (IOException notADirectory) {
          // A pattern segment below a file or a missing folder matches nothing there.
        }
      }
      candidates = next;
    }
    for (Path candidate : candidates) {
      Path file = inside(candidate, pattern, where);
      if (Files.isRegularFile(file)) {
        found.add(file);
      }
    }
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
    byte[] bytes = bytes(name, where);
    log.file(name, bytes);
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
    return InputFiles.read(opened.getOrDefault(name, root.resolve(name)), name, where);
  }
}
