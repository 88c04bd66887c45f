package org.kclint.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The folders a reader keeps to (a Kconfig tree root; a board's folder and its {@code -I} folders),
 * so that an input from elsewhere cannot make kclint read, and show in its messages, any file it
 * likes. A file is inside when its path lies under a root and, for a file that exists, so does
 * where its symbolic links lead. The roots' own real paths are taken once.
 */
public final class ReadRoots {
  private final ImmutableList<Path> roots;
  private final ImmutableList<Path> realRoots;

  private ReadRoots(ImmutableList<Path> roots) {
    this.roots = roots;
    this.realRoots =
        roots.stream().map(ReadRoots::realPath).collect(ImmutableList.toImmutableList());
  }

  /** The given folders, made absolute and normal. */
  public static ReadRoots of(List<Path> folders) {
    return new ReadRoots(
        folders.stream()
            .map(f -> f.toAbsolutePath().normalize())
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Whether {@code file} (absolute) lies inside a root both as written, once normalised, and where
   * the system would open it: every symbolic link resolved in turn, so that a link followed by
   * {@code ..} ({@code up -> ../..}, then {@code up/../x}) counts where it really leads. Pass the
   * path as it will be opened, not normalised: normalising first would drop the {@code ..} that
   * climbs out of a link. A file that does not exist is judged by its path alone.
   */
  public boolean contains(Path file) {
    if (!underAny(roots, file.normalize())) {
      return false;
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      return true;
    }
    return underAny(realRoots, real);
  }

  /** A loop, not a stream: a Kconfig tree asks for each of its 1,545 files in a short run. */
  private static boolean underAny(List<Path> folders, Path file) {
    for (Path folder : folders) {
      if (file.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
