package org.kclint.testing;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.cache.TreeCache;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.kconfig.parse.ToolchainProfile;

/**
 * The arm tree of the corpus read with the environment and toolchain profile the references were
 * produced with (reference/README.md); parsed once per test JVM.
 */
public final class ArmKconfig {
  public static final ImmutableMap<String, String> ENVIRONMENT =
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

  private static KconfigTree tree;
  private static KconfigTree cachedTree;

  private ArmKconfig() {}

  public static synchronized KconfigTree tree() {
    if (tree == null) {
      tree = KconfigReader.read(options());
    }
    return tree;
  }

  /**
   * The tree as a cache entry gives it back: read and stored in a temporary cache folder, then read
   * from its entry (which must hold). Differential tests run on both.
   */
  public static synchronized KconfigTree cachedTree() {
    if (cachedTree == null) {
      Path folder;
      try {
        folder = Files.createTempDirectory("kclint-tree-cache");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TreeCache cache =
          new TreeCache(
              folder,
              "test",
              note -> {
                throw new AssertionError(note);
              });
      cache.read(options());
      cachedTree =
          cache
              .cached(options())
              .orElseThrow(() -> new AssertionError("the entry just written does not hold"));
      try (Stream<Path> entries = Files.list(folder)) {
        for (Path entry : entries.toList()) {
          Files.delete(entry);
        }
        Files.delete(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cachedTree;
  }

  /** How the references read the tree: the corpus, ARCH=arm, their environment and profile. */
  public static KconfigOptions options() {
    return KconfigOptions.of(Corpus.linux(), "arm")
        .withEnvironment(ENVIRONMENT)
        .withToolchain(ToolchainProfile.read(Corpus.armToolchain()));
  }

  /** The reference folder of one kind of case: defconfig, debian or perturbed. */
  public static Path references(String kind) {
    return Corpus.reference().resolve("arm").resolve(kind);
  }

  /** A reference file's bytes, uncompressed if it ends in .gz. */
  public static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return file.toString().endsWith(".gz")
          ? new GZIPInputStream(in).readAllBytes()
          : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
