package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.kclint.testing.Corpus;

/** The options the shared references were produced with (reference/README.md). */
final class ArmReference {
  static final ImmutableMap<String, String> ENVIRONMENT =
      ImmutableMap.<String, String>builder()
          .put("KERNELVERSION", "6.1.192")
          .put("CC", "arm-linux-gnueabihf-gcc")
          .put("LD", "arm-linux-gnueabihf-ld")
          .put("AR", "arm-linux-gnueabihf-ar")
          .put("NM", "arm-linux-gnueabihf-nm")
          .put("OBJCOPY", "arm-linux-gnueabihf-objcopy")
          .put("PAHOLE", "pahole")
          .put("RUSTC", "rustc")
          .put("BINDGEN", "bindgen")
          .put("CC_VERSION_TEXT", "arm-linux-gnueabihf-gcc (Debian 12.2.0-14) 12.2.0")
          .build();

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
