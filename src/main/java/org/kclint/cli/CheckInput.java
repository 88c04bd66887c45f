package org.kclint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.kclint.config.DotConfigReader;
import org.kclint.rules.ConfigInput;

/** The config {@code check} reads: the user's, or the bundled example of the founding case. */
final class CheckInput {
  /** The bundled example, shipped in the jar. */
  static final String EXAMPLE = "examples/founding/";

  static final String EXAMPLE_CONFIG = "arm11mpcore-smp-highmem.config";
  static final String EXAMPLE_BOARD = "arm11mpcore-board.dts";

  private CheckInput() {}

  static ConfigInput readConfig(Optional<Path> input) {
    if (input.isPresent()) {
      return ConfigInput.of(DotConfigReader.read(input.get()));
    }
    return ConfigInput.of(DotConfigReader.parse(EXAMPLE + EXAMPLE_CONFIG, example(EXAMPLE_CONFIG)));
  }

  static byte[] example(String name) {
    try (InputStream in = CheckInput.class.getClassLoader().getResourceAsStream(EXAMPLE + name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled example " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
