package org.kclint.kconfig.cache;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.io.AtomicFiles;
import org.kclint.io.InputFiles;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.parse.FileStamp;
import org.kclint.kconfig.parse.FileStat;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;

/**
 * Parsed Kconfig trees kept on disk between runs: reading the 1,545 files of a tree takes seconds,
 * reading its entry a fraction of one. An entry is used only when its key, a digest of every input
 * reading looked at with what each gave and of the kclint build, is what those inputs give now; the
 * warnings reading printed are printed again. A file's bytes are not read again to check the key
 * while its stat (size, mtime, ctime, device, inode) is what it was when they were read, and that
 * stat was not racy ({@link #RACY}); an entry whose files were read again, unchanged, gets their
 * new stats. One entry per tree and architecture, replaced when its inputs change; written
 * atomically. A damaged entry, or a file that is not an entry, is reported in one note and
 * replaced.
 */
public final class TreeCache {
  /**
   * How close to the moment its stat was taken a file's mtime or ctime may lie and the stat still
   * vouch for its bytes: the coarsest timestamp granule of a common file system (FAT's 2 s) and a
   * tick of the kernel's coarse clock, with room to spare. A network file system whose server's
   * clock runs behind this machine's by more can defeat it.
   */
  static final Duration RACY = Duration.ofSeconds(3);

  private final Path folder;
  private final String build;
  private final Consumer<String> notes;
  private final long racyNanos;

  /**
   * @param build names the kclint build (version and build time): a tree read by another build is
   *     read again
   * @param notes receives a line when an entry is damaged or cannot be written
   */
  public TreeCache(Path folder, String build, Consumer<String> notes) {
    this(folder, build, notes, RACY);
  }

  /** As the public constructor, with stats trusted from {@code racy} after their files' times. */
  TreeCache(Path folder, String build, Consumer<String> notes, Duration racy) {
    this.folder = folder;
    this.build = build;
    this.notes = notes;
    this.racyNanos = racy.toNanos();
  }

  /**
   * {@code $XDG_CACHE_HOME/kclint}, else {@code $HOME/.cache/kclint} (the XDG base directory
   * specification: a relative XDG_CACHE_HOME is ignored); empty when neither is set.
   */
  public static Optional<Path> defaultFolder(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "kclint"));
    }
    String home = environment.get("HOME");
    if (home != null && Path.of(home).isAbsolute()) {
      return Optional.of(Path.of(home, ".cache", "kclint"));
    }
    return Optional.empty();
  }

  /**
   * The tree {@link KconfigReader#read} would read with {@code options}: from its entry when that
   * holds, else read and stored. A reading that runs {@code $(shell,...)} commands is never cached
   * (their results are not inputs kclint can check), nor one that prints {@code $(info,...)}.
   */
  public KconfigTree read(KconfigOptions options) {
    if (options.allowShell()) {
      return KconfigReader.read(options);
    }
    Optional<KconfigTree> cached = cached(options);
    if (cached.isPresent()) {
      return cached.get();
    }
    List<String> warnings = new ArrayList<>();
    Consumer<String> sink = options.warnings();
    Consumer<String> infoSink = options.info();
    boolean[] printedInfo = {false};
    KconfigReader.Reading reading =
        KconfigReader.readRecorded(
            options
                .withWarnings(
                    w -> {
                      warnings.add(w);
                      sink.accept(w);
                    })
                .withInfo(
                    i -> {
                      // $(info,...) goes to its own stream, which an entry does not replay.
                      printedInfo[0] = true;
                      infoSink.accept(i);
                    }));
    if (!printedInfo[0]) {
      store(
          entry(options),
          TreeEntry.encode(
              build,
              key(reading.digest()),
              reading.inputs(),
              reading.stamps(),
              warnings,
              reading.tree()));
    }
    return reading.tree();
  }

  /** The entry of the tree {@code options} read: named by the tree root and the architecture. */
  Path entry(KconfigOptions options) {
    String root = options.srctree().toAbsolutePath().normalize().toString();
    HashCode name =
        Hashing.murmur3_128()
            .newHasher()
            .putString(root, StandardCharsets.UTF_8)
            .putByte((byte) 0)
            .putString(options.arch(), StandardCharsets.UTF_8)
            .hash();
    return folder.resolve("tree-" + name + ".bin");
  }

  /**
   * The tree from its entry, when there is one and every input it was read from gives what it gave
   * then (the warnings reading printed printed again); else empty, with a note when the entry is
   * damaged.
   */
  public Optional<KconfigTree> cached(KconfigOptions options) {
    if (options.allowShell()) {
      return Optional.empty();
    }
    Path file = entry(options);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = InputFiles.read(file);
    } catch (InputException e) {
      note(file, "cannot be read (" + e.getMessage() + ")");
      return Optional.empty();
    }
    if (!TreeEntry.isEntry(bytes)) {
      note(file, "is not a kclint cache entry");
      return Optional.empty();
    }
    if (TreeEntry.format(bytes) != TreeEntry.FORMAT) {
      return Optional.empty(); // written by a kclint with another format: replaced silently
    }
    try {
      TreeEntry entry = TreeEntry.decode(bytes);
      if (!entry.build().equals(build)) {
        return Optional.empty();
      }
      KconfigReader.Check now = KconfigReader.inputsDigest(options, entry.inputs(), vouched(entry));
      if (!entry.key().equals(key(now.digest()))) {
        return Optional.empty();
      }
      KconfigTree tree = entry.tree();
      entry.warnings().forEach(options.warnings());
      if (refreshes(entry.stamps(), now.stamps())) {
        store(file, entry.restamped(now.stamps()));
      }
      return Optional.of(tree);
    } catch (DamagedEntryException e) {
      note(file, "is damaged (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  /**
   * The stamp of each file of {@code entry} whose stat now is what it was when the file was read,
   * unless that stat was racy: a write right after it could have kept its times.
   */
  private BiFunction<String, FileStat, Optional<FileStamp>> vouched(TreeEntry entry) {
    Map<String, FileStamp> stamps = new HashMap<>();
    for (int i = 0; i < entry.stamps().size(); i++) {
      stamps.put(entry.inputs().files().get(i), entry.stamps().get(i));
    }
    return (name, now) -> {
      FileStamp then = stamps.get(name);
      return then != null && !then.stat().racy(racyNanos) && then.stat().sameFile(now)
          ? Optional.of(then)
          : Optional.empty();
    };
  }

  /**
   * Whether the stamps taken now would spare a later run reading a file this one read: the files
   * read now, touched or racy when stored, are worth a new stamp once it is no longer racy.
   */
  private boolean refreshes(List<FileStamp> then, List<FileStamp> now) {
    for (int i = 0; i < then.size(); i++) {
      if (!now.get(i).equals(then.get(i)) && !now.get(i).stat().racy(racyNanos)) {
        return true;
      }
    }
    return false;
  }

  /** The inputs' digest with this build's name: what an entry is keyed by. */
  private HashCode key(HashCode inputs) {
    return Hashing.murmur3_128()
        .newHasher()
        .putString(build, StandardCharsets.UTF_8)
        .putBytes(inputs.asBytes())
        .hash();
  }

  private void store(Path file, byte[] entry) {
    try {
      Files.createDirectories(folder);
      AtomicFiles.write(file, out -> out.write(entry));
    } catch (IOException | UncheckedIOException e) {
      notes.accept(file + ": note: tree not cached: " + e.getMessage());
    }
  }

  private void note(Path file, String problem) {
    notes.accept(file + ": note: cache entry " + problem + ": ignored, the tree is read again");
  }
}
