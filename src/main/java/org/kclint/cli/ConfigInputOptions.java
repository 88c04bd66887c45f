package org.kclint.cli;

import java.nio.file.Path;
import org.kclint.config.DotConfigReader;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input config and how conf is to treat it; a mixin for resolve and check. */
final class ConfigInputOptions {
  @Option(
      names = "--defconfig",
      description = "Treat IN.config as a minimal config (conf --defconfig).")
  boolean defconfig;

  @Parameters(index = "0", paramLabel = "IN.config", description = "The config to read.")
  Path input;

  Resolver.Mode mode() {
    return defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
  }

  /** Resolves the input; with {@code audit} also compares it with the result. */
  Resolution resolve(Resolver resolver, boolean audit) {
    var config = DotConfigReader.read(input);
    return audit ? resolver.check(config, mode()) : resolver.resolve(config, mode());
  }
}
