package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.config.DotConfig;
import org.kclint.report.Finding;
import org.kclint.report.KconfigFindings;
import org.kclint.resolve.Resolver;

/** Checks one config's text as {@code check} does, through the check core. */
final class ConfigChecker {
  private ConfigChecker() {}

  static ImmutableList<Finding> check(
      DotConfig config, Resolver.Mode mode, Optional<LoadedTree> tree) {
    if (tree.isEmpty() || tree.get().resolver().isEmpty()) {
      return ImmutableList.of();
    }
    return KconfigFindings.of(tree.get().resolver().get().check(config, mode).issues());
  }
}
