package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/** The options the shared references were produced with (reference/README.md). */
final class ArmReference {
  static final ImmutableMap<String, String> ENVIRONMENT = ArmKconfig.ENVIRONMENT;

  private ArmReference() {}

  static KconfigOptions options(List<String> warnings) {
    return KconfigOptions.of(Corpus.linux(), "arm")
        .withEnvironment(ENVIRONMENT)
        .withToolchain(ToolchainProfile.read(Corpus.armToolchain()))
        .withWarnings(warnings::add);
  }

  static KconfigOptions options() {
    return options(new ArrayList<>());
  }
}
