package org.kclint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The kclint version and build, as recorded at build time (build.properties). */
public final class ToolVersion {
  private static final Properties BUILD = load();

  private ToolVersion() {}

  public static String number() {
    return BUILD.getProperty("version", "unknown");
  }

  /** When this build was made. */
  public static String built() {
    return BUILD.getProperty("built", "?");
  }

  /**
   * Names this build, its version and build time: a cached tree is trusted only by the build that
   * wrote it, since a kclint built from other sources may read a tree differently.
   */
  public static String build() {
    return number() + " " + built();
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/org/kclint/build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
