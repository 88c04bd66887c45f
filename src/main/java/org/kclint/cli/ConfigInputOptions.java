package org.kclint.cli;

import java.nio.file.Path;
import java.util.List;
import org.kclint.config.DotConfigReader;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input configs and how conf is to treat them; a mixin for resolve and check. */
final class ConfigInputOptions {
  @Option(
      names = "--defconfig",
      description = "Treat IN.config as a minimal config (conf --defconfig).")
  boolean defconfig;

  @Parameters(
      arity = "1..*",
      paramLabel = "IN.config",
      description = "The configs to read; the tree is read once for all of them.")
  List<Path> inputs;

  Resolver.Mode mode() {
    return defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG;
  }

  /** Resolves one input; with {@code audit} also compares it with the result. */
  Resolution resolve(Resolver resolver, Path input, boolean audit) {
    var config = DotConfigReader.read(input);
    return audit ? resolver.check(config, mode()) : resolver.resolve(config, mode());
  }
}
