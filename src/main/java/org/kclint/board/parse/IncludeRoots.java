package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ReadRoots;

/**
 * Where a board description may read from: the folder of the file given and the {@code -I} folders,
 * as the Kconfig front end keeps to its tree root. An include that names a file elsewhere (an
 * absolute path, a {@code ..} escape, a symbolic link that leads out) is refused unless the user
 * allowed it, so that a board tree from elsewhere cannot make kclint read, and show in its
 * messages, any file it likes.
 */
final class IncludeRoots {
  private final ReadRoots roots;
  private final boolean allowOutside;

  /** Files already found inside: a board includes the same headers many times. */
  private final Set<Path> inside = new HashSet<>();

  private IncludeRoots(ReadRoots roots, boolean allowOutside) {
    this.roots = roots;
    this.allowOutside = allowOutside;
  }

  /** The roots for reading {@code file} with {@code includeDirs}. */
  static IncludeRoots of(Path file, List<Path> includeDirs, boolean allowOutside) {
    ImmutableList.Builder<Path> roots = ImmutableList.builder();
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (folder != null) {
      roots.add(folder);
    }
    roots.addAll(includeDirs);
    return new IncludeRoots(ReadRoots.of(roots.build()), allowOutside);
  }

  /**
   * {@code found}, which an include written as {@code written} at {@code where} names, if it lies
   * inside a root (a symbolic link counting where it leads) or reading outside is allowed.
   */
  Path admit(Path found, String written, Position where) {
    if (allowOutside) {
      return found;
    }
    // As opened: normalising would drop a '..' that climbs out of a symbolic link.
    Path absolute = found.toAbsolutePath();
    if (inside.contains(absolute)) {
      return found;
    }
    if (!roots.contains(absolute)) {
      throw new InputException(
          where,
          "refusing to read \""
              + written
              + "\": outside the folder of the file given and the -I folders (--allow-outside-includes allows it)");
    }
    inside.add(absolute);
    return found;
  }
}
