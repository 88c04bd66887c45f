package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kclint.diag.InputException;
import org.kclint.io.InputFiles;

/**
 * Finds included files: first beside the including file (for {@code "…"} and dtc's includes), then
 * in each {@code -I} folder. A folder component may be a symbolic link checked out as a small text
 * file holding the link's target (git does this where links are not supported, as with the kernel's
 * scripts/dtc/include-prefixes); such a file is followed like the link.
 */
final class IncludePath {
  /** Larger files cannot be a checked-out link. */
  private static final int MAX_LINK_FILE = 1024;

  private final ImmutableList<Path> dirs;

  IncludePath(List<Path> dirs) {
    this.dirs = ImmutableList.copyOf(dirs);
  }

  Optional<Path> find(String name, Optional<Path> includerDir) {
    if (includerDir.isPresent() || name.startsWith("/")) {
      Optional<Path> found = lookup(includerDir.orElse(Path.of("")), name);
      if (found.isPresent()) {
        return found;
      }
    }
    for (Path dir : dirs) {
      Optional<Path> found = lookup(dir, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> lookup(Path dir, String name) {
    try {
      return lookupValid(dir, name);
    } catch (java.nio.file.InvalidPathException e) {
      // No file has such a name (a NUL byte): not found, as for cpp.
      return Optional.empty();
    }
  }

  private static Optional<Path> lookupValid(Path dir, String name) {
    Path direct = dir.resolve(name);
    if (Files.isRegularFile(direct)) {
      return Optional.of(direct);
    }
    Path current = dir;
    String[] parts = name.split("/");
    for (int i = 0; i < parts.length; i++) {
      Path next = current.resolve(parts[i]);
      if (i < parts.length - 1) {
        Optional<Path> link = linkTarget(next);
        if (link.isPresent()) {
          next = link.get();
        }
      }
      current = next;
    }
    return Files.isRegularFile(current) ? Optional.of(current) : Optional.empty();
  }

  private static Optional<Path> linkTarget(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_LINK_FILE) {
        return Optional.empty();
      }
      String target = new String(InputFiles.read(file), StandardCharsets.ISO_8859_1).strip();
      if (target.isEmpty() || target.contains("\n") || target.indexOf('\0') >= 0) {
        return Optional.empty();
      }
      Path resolved = file.resolveSibling(target).normalize();
      return Files.isDirectory(resolved) ? Optional.of(resolved) : Optional.empty();
    } catch (IOException | InputException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }
}
