package org.kclint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kclint.check.ConfJob;
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
      completionCandidates = ModeNames.class,
      description =
          "What conf is asked to do, named after its option: olddefconfig (the default), "
              + "defconfig, savedefconfig, listnewconfig, helpnewconfig, yes2modconfig, "
              + "mod2yesconfig, mod2noconfig, allnoconfig, "
              + "allyesconfig, allmodconfig, alldefconfig, randconfig. The all*config modes and "
              + "randconfig take no input; they read KCONFIG_ALLCONFIG, and randconfig "
              + "KCONFIG_SEED and KCONFIG_PROBABILITY, from the environment (or --env) as conf "
              + "does.")
  ConfJob.Mode mode;

  @Parameters(
      arity = "0..*",
      paramLabel = "IN.config",
      description = "The configs to read; the tree is read once for all of them.")
  List<Path> inputs = new ArrayList<>();

  ConfJob.Mode mode() {
    return mode != null ? mode : ConfJob.Mode.of(defconfig);
  }

  /** conf's option names, in any case. */
  static final class ModeConverter implements ITypeConverter<ConfJob.Mode> {
    @Override
    public ConfJob.Mode convert(String value) {
      return ConfJob.Mode.named(value);
    }
  }

  /** What shell completion offers for --mode: the modes' constants, as for an enum option. */
  static final class ModeNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ConfJob.Mode.names().map(ConfJob.Mode::constant).iterator();
    }
  }
}
