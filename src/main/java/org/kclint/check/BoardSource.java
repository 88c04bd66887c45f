package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a check learns about the board.
 *
 * @param dts the board's device tree source, read as the kernel's build reads it
 * @param includeDirs folders searched for {@code #include} and {@code /include/} files
 * @param factsFile a board facts override file ({@code fact = value} lines), applied on top of the
 *     device tree's facts, or alone for a board without one
 * @param allowOutsideIncludes let includes read files outside the DTS's folder and the include
 *     folders
 */
public record BoardSource(
    Optional<Path> dts,
    ImmutableList<Path> includeDirs,
    Optional<Path> factsFile,
    boolean allowOutsideIncludes) {

  /** No board: every board fact is unknown. */
  public static final BoardSource NONE =
      new BoardSource(Optional.empty(), ImmutableList.of(), Optional.empty(), false);

  public static BoardSource dts(Path dts, List<Path> includeDirs) {
    return new BoardSource(
        Optional.of(dts), ImmutableList.copyOf(includeDirs), Optional.empty(), false);
  }

  public static BoardSource factsFile(Path file) {
    return NONE.withFactsFile(file);
  }

  public BoardSource withFactsFile(Path file) {
    return new BoardSource(dts, includeDirs, Optional.of(file), allowOutsideIncludes);
  }

  /**
   * This source with the folders the kernel's build searches for the device trees of {@code arch}
   * in the tree at {@code root} (its dts folder and scripts/dtc/include-prefixes, whose dt-bindings
   * is a link to include/dt-bindings) after the include folders.
   */
  public BoardSource withTreeIncludes(Path root, String arch) {
    return new BoardSource(
        dts,
        ImmutableList.<Path>builder()
            .addAll(includeDirs)
            .add(dtsFolder(root, arch))
            .add(root.resolve("scripts/dtc/include-prefixes"), root.resolve("include"))
            .build(),
        factsFile,
        allowOutsideIncludes);
  }

  /** Where the tree at {@code root} keeps the device trees of {@code arch}. */
  static Path dtsFolder(Path root, String arch) {
    return root.resolve("arch").resolve(arch).resolve("boot/dts");
  }
}
