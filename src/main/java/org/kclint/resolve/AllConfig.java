package org.kclint.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;

/**
 * The KCONFIG_ALLCONFIG file of the all*config modes and randconfig, found as conf.c's main finds
 * it: unset, nothing; a file name, that file; empty or {@code 1}, all{no,yes,mod,def}.config (or
 * allrandom.config), else all.config. Each name is opened as zconf_fopen does: as given, then below
 * {@code srctree} when relative. Warnings name the file as given.
 */
public final class AllConfig {
  private AllConfig() {}

  /**
   * The file conf reads for {@code mode}; {@link ConfExit} where conf stops.
   *
   * @param cwd the folder conf runs in
   */
  public static Optional<DotConfig> read(
      Resolver.Mode mode, Map<String, String> environment, Path cwd, Path srctree) {
    String name = environment.get("KCONFIG_ALLCONFIG");
    if (name == null || mode.readsConfig()) {
      return Optional.empty();
    }
    if (!name.isEmpty() && !name.equals("1")) {
      return Optional.of(
          open(name, cwd, srctree)
              .orElseThrow(
                  () -> new ConfExit("*** Can't read seed configuration \"" + name + "\"!\n", 1)));
    }
    String fallback =
        switch (mode) {
          case ALLNOCONFIG -> "allno.config";
          case ALLYESCONFIG -> "allyes.config";
          case ALLMODCONFIG -> "allmod.config";
          case ALLDEFCONFIG -> "alldef.config";
          default -> "allrandom.config";
        };
    Optional<DotConfig> found = open(fallback, cwd, srctree);
    if (found.isEmpty()) {
      found = open("all.config", cwd, srctree);
    }
    return Optional.of(
        found.orElseThrow(
            () ->
                new ConfExit(
                    "*** KCONFIG_ALLCONFIG set, but no \""
                        + fallback
                        + "\" or \"all.config\" file found\n",
                    1)));
  }

  private static Optional<DotConfig> open(String name, Path cwd, Path srctree) {
    Path path = cwd.resolve(name);
    if (!Files.isReadable(path) && !name.startsWith("/")) {
      path = srctree.resolve(name);
    }
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    return Optional.of(
        DotConfigReader.parse(name, InputFiles.read(path, name, Position.ofLine(name, 0))));
  }
}
