package org.kclint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kclint.resolve.Resolver;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input configs and what conf is to do with them; a mixin for resolve. */
final class ConfigInputOptions {
  @Option(
      names = "--defconfig",
      description = "Treat IN.config as a minimal config (conf --defconfig; --mode defconfig).")
  boolean defconfig;

  @Option(
      names = "--mode",
      paramLabel = "NAME",
      converter = ModeConverter.class,
      description =
          "What conf is asked to do, named after its option: olddefconfig (the default), "
              + "defconfig, savedefconfig, listnewconfig, helpnewconfig, allnoconfig, "
              + "allyesconfig, allmodconfig, alldefconfig, randconfig. The all*config modes and "
              + "randconfig take no input; they read KCONFIG_ALLCONFIG, and randconfig "
              + "KCONFIG_SEED and KCONFIG_PROBABILITY, from the environment (or --env) as conf "
              + "does.")
  Resolver.Mode mode;

  @Parameters(
      arity = "0..*",
      paramLabel = "IN.config",
      description = "The configs to read; the tree is read once for all of them.")
  List<Path> inputs = new ArrayList<>();

  Resolver.Mode mode() {
    if (mode != null) {
      return mode;
    }
    return defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
  }

  /** conf's option names, lower case. */
  static final class ModeConverter implements ITypeConverter<Resolver.Mode> {
    @Override
    public Resolver.Mode convert(String value) {
      for (Resolver.Mode m : Resolver.Mode.values()) {
        if (m.confName().equals(value.toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      throw new IllegalArgumentException("no conf mode named '" + value + "'");
    }
  }
}
