package org.kclint.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of data shipped on the class path (the rule catalogue, the scenarios) as a {@link Path},
 * whether it lies in the jar or, in a development build, on disk. The jar's file system is opened
 * once and shared for the life of the process, so every reader of shipped data sees the same one.
 */
public final class ClasspathFolders {
  private ClasspathFolders() {}

  /** The folder {@code name} (e.g. {@code rules}), or empty if it is not on the class path. */
  public static Optional<Path> folder(String name) {
    URL url = ClasspathFolders.class.getClassLoader().getResource(name);
    if (url == null) {
      return Optional.empty();
    }
    try {
      if (!url.getProtocol().equals("jar")) {
        return Optional.of(Path.of(url.toURI()));
      }
      return Optional.of(jar(url).getPath("/" + name));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot open the shipped folder " + name + " at " + url, e);
    }
  }

  private static synchronized FileSystem jar(URL url) throws IOException, URISyntaxException {
    try {
      return FileSystems.newFileSystem(url.toURI(), Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(url.toURI());
    }
  }
}
