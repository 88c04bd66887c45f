package org.kclint.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kclint.config.DotConfigReader;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;
import org.kclint.report.Waivers;
import org.kclint.rules.ConfigInput;

/**
 * One config to check: a file, a text with a name (an editor's buffer), or the bundled example of
 * the founding case, shipped in the jar.
 */
public final class ConfigSource {
  /** Where the bundled example lives in the jar. */
  static final String EXAMPLE = "examples/founding/";

  public static final String EXAMPLE_CONFIG = "arm11mpcore-smp-highmem.config";
  static final String EXAMPLE_BOARD = "arm11mpcore-board.dts";

  private final String name;
  private final Optional<Path> file;
  private final Optional<byte[]> text;

  private ConfigSource(String name, Optional<Path> file, Optional<byte[]> text) {
    this.name = name;
    this.file = file;
    this.text = text;
  }

  public static ConfigSource file(Path file) {
    return new ConfigSource(file.toString(), Optional.of(file), Optional.empty());
  }

  /** A config that is not (or not yet) on disk, named {@code name} in findings. */
  public static ConfigSource text(String name, byte[] bytes) {
    return new ConfigSource(name, Optional.empty(), Optional.of(bytes.clone()));
  }

  public static ConfigSource text(String name, String text) {
    return text(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bundled example: checked on its own board when no board is given. */
  public static ConfigSource example() {
    return new ConfigSource(EXAMPLE + EXAMPLE_CONFIG, Optional.empty(), Optional.empty());
  }

  /**
   * Every {@code *_defconfig} and {@code *.config} directly in {@code dir}, in name order; a folder
   * without any is bad input.
   */
  public static List<ConfigSource> allIn(Path dir) {
    List<ConfigSource> configs;
    try (Stream<Path> files = Files.list(dir)) {
      configs =
          files
              .filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return n.endsWith("_defconfig") || n.endsWith(".config");
                  })
              .sorted()
              .map(ConfigSource::file)
              .toList();
    } catch (IOException e) {
      throw new InputException(
          Position.ofLine(dir.toString(), 1), "cannot list configs: " + e.getMessage());
    }
    // A sweep of nothing would check the bundled example instead and pass.
    if (configs.isEmpty()) {
      throw new InputException(
          Position.ofLine(dir.toString(), 0), "no *_defconfig or *.config file to check");
    }
    return configs;
  }

  /** The name findings give this config. */
  public String name() {
    return name;
  }

  /** The file on disk, if the config is one (a settings file is looked for above it). */
  public Optional<Path> path() {
    return file;
  }

  boolean isExample() {
    return file.isEmpty() && text.isEmpty();
  }

  ConfigInput read() {
    if (file.isPresent()) {
      return ConfigInput.of(DotConfigReader.read(file.get()));
    }
    return ConfigInput.of(
        DotConfigReader.parse(name, text.orElseGet(() -> example(EXAMPLE_CONFIG))));
  }

  /** The config's bytes as read: a file's, a text's, or the bundled example's. */
  byte[] bytes() {
    if (file.isPresent()) {
      return InputFiles.read(file.get());
    }
    return text.orElseGet(() -> example(EXAMPLE_CONFIG)).clone();
  }

  /** The waivers written in this config; none in the bundled example, which is no user's file. */
  Optional<Waivers> waivers() {
    if (file.isPresent()) {
      return Optional.of(Waivers.read(name, file.get()));
    }
    return text.map(bytes -> Waivers.parse(name, bytes));
  }

  static byte[] example(String name) {
    try (InputStream in = ConfigSource.class.getClassLoader().getResourceAsStream(EXAMPLE + name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled example " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
