package org.kclint.kconfig.parse;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.kconfig.KconfigTree;

/**
 * Reads a whole Kconfig tree as the kernel's conf does: the file {@code Kconfig} at the tree root,
 * every file it sources, macros expanded in reading order. The one entry point of this package; bad
 * input of any kind is a positioned {@link org.kclint.diag.InputException}.
 */
public final class KconfigReader {
  /** The file conf starts from. */
  public static final String TOP_FILE = "Kconfig";

  private KconfigReader() {}

  public static KconfigTree read(KconfigOptions options) {
    if (!Files.isRegularFile(options.srctree().resolve(TOP_FILE))) {
      throw new InputException(
          Position.ofLine(options.srctree().toString(), 0),
          "not a Kconfig tree: it has no file " + TOP_FILE);
    }
    KconfigFiles files = new KconfigFiles(options.srctree());
    Map<String, String> environment = new HashMap<>(options.environment());
    environment.put("ARCH", options.arch());
    environment.put("SRCARCH", options.arch());
    environment.putIfAbsent("srctree", files.root().toString());
    ShellResults shell =
        new ShellResults(
            options.toolchain(),
            options.allowShell(),
            options.shellTimeout(),
            files.root(),
            environment.get("srctree"),
            environment,
            options.warnings(),
            options.shellRuns());
    Preprocessor macros =
        new Preprocessor(
            com.google.common.collect.ImmutableMap.copyOf(environment), shell, options.warnings());
    return new KconfigTreeBuilder(files, macros, options.warnings()).build(TOP_FILE);
  }
}
