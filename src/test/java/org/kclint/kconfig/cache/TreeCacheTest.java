package org.kclint.kconfig.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.kconfig.Expr;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.MenuNode;
import org.kclint.kconfig.parse.FileStamp;
import org.kclint.kconfig.parse.FileStat;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.kconfig.parse.ToolchainProfile;
import org.kclint.testing.TestTrees;

/**
 * testdata/kconfig/cache: an entry gives the tree reading gives, with its warnings; each kind of
 * input, changed, misses (and only the inputs reading looked at), also where files' stats are
 * trusted; a touched file still hits, a racily clean one is read; a damaged or foreign entry is one
 * note and is rebuilt.
 */
class TreeCacheTest {
  private static final String BUILD = "test build";

  @TempDir Path tree;
  @TempDir Path folder;
  private final List<String> notes = new ArrayList<>();
  private TreeCache cache;

  @BeforeEach
  void setUp() {
    TestTrees.copy(Path.of("testdata/kconfig/cache"), tree);
    cache = new TreeCache(folder, BUILD, notes::add);
  }

  private KconfigOptions options(Map<String, String> environment, List<String> warnings) {
    return KconfigOptions.of(tree, "arm")
        .withEnvironment(environment)
        .withToolchain(ToolchainProfile.read(tree.resolve("profile.tsv")))
        .withWarnings(warnings::add);
  }

  private KconfigOptions options() {
    return options(Map.of("KERNELVERSION", "6.1"), new ArrayList<>());
  }

  @Test
  void anEntryGivesTheTreeAndTheWarningsOfReading() {
    List<String> readingWarnings = new ArrayList<>();
    KconfigOptions options = options(Map.of("KERNELVERSION", "6.1"), readingWarnings);
    KconfigTree read = cache.read(options);
    assertTrue(readingWarnings.size() >= 3, "the tree warns: " + readingWarnings);

    List<String> cachedWarnings = new ArrayList<>();
    KconfigTree cached =
        cache.cached(options(Map.of("KERNELVERSION", "6.1"), cachedWarnings)).orElseThrow();
    assertEquals(read, cached);
    assertEquals(KconfigReader.read(options()), cached);
    assertEquals(readingWarnings, cachedWarnings);
    assertEquals(List.of(), notes);
  }

  @Test
  void anEntryIsShapedLikeTheTree() {
    cache.read(options());
    KconfigTree cached = cache.cached(options()).orElseThrow();
    Set<MenuNode> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(cached.root(), nodes);
    cached
        .symbols()
        .values()
        .forEach(s -> s.definitions().forEach(d -> assertTrue(nodes.contains(d), s.name())));
    // The resolver tells an absent condition by identity.
    MenuNode sub = cached.symbol("SUB").orElseThrow().definitions().get(0);
    assertSame(Expr.YES, sub.dependsOn());
    assertSame(Expr.YES, sub.defaults().get(0).condition());
  }

  private static void collect(MenuNode node, Set<MenuNode> nodes) {
    nodes.add(node);
    node.children().forEach(c -> collect(c, nodes));
  }

  /** A change to what the tree is read from, and whether reading looks at it. */
  record Change(String name, Consumer<Path> files, UnaryOperator<KconfigOptions> options) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(
            new Change("a file's bytes", t -> write(t, "sub/Kconfig", "0x10", "0x11"), o -> o),
            true),
        Arguments.of(
            new Change(
                "a variable expanded",
                t -> {},
                o -> o.withEnvironment(Map.of("KERNELVERSION", "6.2"))),
            true),
        Arguments.of(
            new Change(
                "a profile line used",
                t -> write(t, "profile.tsv", "probe yes\ty", "probe yes\tn"),
                o -> o),
            true),
        Arguments.of(
            new Change(
                "a command the profile lacked now recorded",
                t -> write(t, "profile.tsv", "probe yes\ty\n", "probe yes\ty\nunrecorded\ty\n"),
                o -> o),
            true),
        Arguments.of(new Change("the architecture", t -> {}, o -> withArch(o, "arm64")), true),
        Arguments.of(
            new Change(
                "a variable not expanded",
                t -> {},
                o -> o.withEnvironment(Map.of("KERNELVERSION", "6.1", "UNUSED", "x"))),
            false),
        Arguments.of(
            new Change(
                "a profile line not used",
                t -> write(t, "profile.tsv", "probe yes\ty\n", "probe yes\ty\nother\tz\n"),
                o -> o),
            false),
        Arguments.of(
            new Change(
                "a file no source line names",
                t -> create(t, "unsourced/Kconfig", "config NEVER\n\tbool\n"),
                o -> o),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void anEntryHoldsUntilAnInputChanges(Change change, boolean misses) {
    cache.read(options());
    change.files().accept(tree);
    KconfigOptions changed = change.options().apply(options());
    Optional<KconfigTree> cached = cache.cached(changed);
    assertEquals(misses, cached.isEmpty(), change.name());
    KconfigTree read = KconfigReader.read(changed);
    cached.ifPresent(c -> assertEquals(read, c));
    assertEquals(read, cache.read(changed), "read again when it misses");
    assertEquals(read, cache.cached(changed).orElseThrow(), "and the entry replaced");
    assertEquals(List.of(), notes);
  }

  /**
   * The cache with stats trusted however recent (none racy), over the tree with every file's mtime
   * an hour back: each change below then gives a stat unlike the stored one, however quickly made.
   */
  private TreeCache trustingStats() throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, hourAgo);
      }
    }
    return new TreeCache(folder, BUILD, notes::add, Duration.ZERO);
  }

  private FileStamp stamp(TreeCache from, String file) throws IOException {
    TreeEntry entry = TreeEntry.decode(Files.readAllBytes(from.entry(options())));
    return entry.stamps().get(entry.inputs().files().indexOf(file));
  }

  @Test
  void aFileChangedUnderATrustedStatMisses() throws IOException {
    TreeCache trusting = trustingStats();
    trusting.read(options());
    write(tree, "sub/Kconfig", "0x10", "0x11");
    assertTrue(trusting.cached(options()).isEmpty());
    assertEquals(List.of(), notes);
  }

  @Test
  void aFileChangedWithItsMtimeRestoredMissesByItsCtime() throws Exception {
    TreeCache trusting = trustingStats();
    trusting.read(options());
    Path sub = tree.resolve("sub/Kconfig");
    FileTime mtime = Files.getLastModifiedTime(sub);
    Thread.sleep(20); // past a tick of the kernel's coarse clock, which stamps ctime
    write(tree, "sub/Kconfig", "0x10", "0x11");
    Files.setLastModifiedTime(sub, mtime);
    assertEquals(stamp(trusting, "sub/Kconfig").stat().size(), FileStat.of(sub).size());
    assertTrue(trusting.cached(options()).isEmpty());
  }

  @Test
  void aFileTouchedButUnchangedHitsAndItsNewStatIsStored() throws IOException {
    TreeCache trusting = trustingStats();
    KconfigTree read = trusting.read(options());
    Path sub = tree.resolve("sub/Kconfig");
    Files.setLastModifiedTime(sub, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
    assertTrue(!stamp(trusting, "sub/Kconfig").stat().sameFile(FileStat.of(sub)));
    assertEquals(read, trusting.cached(options()).orElseThrow());
    assertTrue(stamp(trusting, "sub/Kconfig").stat().sameFile(FileStat.of(sub)), "re-stamped");
    assertEquals(read, trusting.cached(options()).orElseThrow());
    assertEquals(List.of(), notes);
  }

  /**
   * A write within a file's timestamp granule keeps its stat: simulated by storing the changed
   * file's stat with the digest of its old bytes. Taken right after the file's times (racy), the
   * stat vouches for nothing and the file is read; trusted, the stale tree is what stat cannot
   * tell.
   */
  @Test
  void aRacilyCleanFileIsReadAgain() throws IOException {
    cache.read(options());
    write(tree, "sub/Kconfig", "0x10", "0x11");
    Path entryFile = cache.entry(options());
    TreeEntry entry = TreeEntry.decode(Files.readAllBytes(entryFile));
    List<FileStamp> stamps = new ArrayList<>(entry.stamps());
    int sub = entry.inputs().files().indexOf("sub/Kconfig");
    stamps.set(
        sub, new FileStamp(FileStat.of(tree.resolve("sub/Kconfig")), stamps.get(sub).digest()));
    Files.write(entryFile, entry.restamped(stamps));

    assertTrue(cache.cached(options()).isEmpty(), "racy: read, changed");
    Files.write(entryFile, entry.restamped(stamps));
    TreeCache trusting = new TreeCache(folder, BUILD, notes::add, Duration.ZERO);
    assertTrue(trusting.cached(options()).isPresent(), "trusted: not read");
    assertEquals(List.of(), notes);
  }

  @Test
  void anotherBuildsEntryMisses() {
    cache.read(options());
    TreeCache other = new TreeCache(folder, "another build", notes::add);
    assertTrue(other.cached(options()).isEmpty());
    assertEquals(List.of(), notes);
  }

  static Stream<Arguments> damage() {
    return Stream.of(
        Arguments.of(
            "cut short", (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b, b.length / 2)),
        Arguments.of(
            "a byte changed",
            (UnaryOperator<byte[]>)
                b -> {
                  b[b.length / 2] ^= 0x20;
                  return b;
                }),
        Arguments.of("not an entry", (UnaryOperator<byte[]>) b -> "something else\n".getBytes()),
        Arguments.of("empty", (UnaryOperator<byte[]>) b -> new byte[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damage")
  void aDamagedEntryIsOneNoteAndRebuilt(String name, UnaryOperator<byte[]> damage)
      throws IOException {
    cache.read(options());
    Path entry = cache.entry(options());
    Files.write(entry, damage.apply(Files.readAllBytes(entry)));

    List<String> warnings = new ArrayList<>();
    KconfigTree read = cache.read(options(Map.of("KERNELVERSION", "6.1"), warnings));
    assertEquals(KconfigReader.read(options()), read);
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith(entry + ": note: cache entry "), notes.get(0));
    assertTrue(warnings.size() >= 3, "the tree's own warnings, once: " + warnings);

    notes.clear();
    assertEquals(read, cache.cached(options()).orElseThrow(), "rebuilt");
    assertEquals(List.of(), notes);
  }

  @Test
  void aReadingThatRunsCommandsIsNotCached() throws IOException {
    KconfigOptions running =
        KconfigOptions.of(tree, "arm").withShell(true).withEnvironment(Map.of("PATH", "/bin"));
    create(tree, "Kconfig", "config SHELL\n\tdef_bool $(shell,echo y)\n");
    cache.read(running);
    try (Stream<Path> entries = Files.list(folder)) {
      assertEquals(0, entries.count());
    }
  }

  @Test
  void anEntryThatCannotBeWrittenIsANote() throws IOException {
    Path file = Files.createFile(folder.resolve("a-file"));
    TreeCache blocked = new TreeCache(file, BUILD, notes::add);
    assertEquals(KconfigReader.read(options()), blocked.read(options()));
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("note: tree not cached"), notes.get(0));
  }

  @Test
  void theFolderFollowsXdgThenHome() {
    assertEquals(
        Optional.of(Path.of("/x/kclint")),
        TreeCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")));
    assertEquals(
        Optional.of(Path.of("/h/.cache/kclint")),
        TreeCache.defaultFolder(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h")));
    assertEquals(
        Optional.of(Path.of("/h/.cache/kclint")), TreeCache.defaultFolder(Map.of("HOME", "/h")));
    assertEquals(Optional.empty(), TreeCache.defaultFolder(Map.of()));
  }

  private static KconfigOptions withArch(KconfigOptions o, String arch) {
    return new KconfigOptions(
        o.srctree(),
        arch,
        o.environment(),
        o.toolchain(),
        o.allowShell(),
        o.shellTimeout(),
        o.warnings(),
        o.info(),
        o.shellRuns());
  }

  private static void write(Path tree, String file, String from, String to) {
    try {
      Path path = tree.resolve(file);
      String text = Files.readString(path);
      assertTrue(text.contains(from), file + " holds " + from);
      Files.writeString(path, text.replace(from, to));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void create(Path tree, String file, String text) {
    try {
      Files.createDirectories(tree.resolve(file).getParent());
      Files.writeString(tree.resolve(file), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
