package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteArrayDataOutput;
import com.google.common.io.ByteStreams;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kclint.io.ByteText;

/**
 * The inputs of one reading with what each gave: recorded while a tree is read, or gathered again
 * from the disk, the environment and the profile to check a cached tree. Both digest the same way,
 * so a tree's inputs hold exactly when the two digests agree.
 *
 * <p>Murmur3-128 rather than SHA-256: it tells changed inputs apart as well (nobody forges a
 * Kconfig file against a cache they can write anyway), and over the 5.5 MB of the 6.1 arm tree it
 * takes 16 ms where SHA-256 takes 235 ms in a short-lived JVM.
 */
final class InputLog {
  private static final HashFunction DIGEST = Hashing.murmur3_128();

  /** What a file that cannot be read, or a lookup that fails, digests as. */
  private static final String FAILED = "\0failed\0";

  private final Map<String, FileStamp> files = new LinkedHashMap<>();

  /**
   * By the name written: a record's generated hashCode goes through a method handle, slow in a
   * short run for 1,545 lookups.
   */
  private final Map<String, String> lookups = new LinkedHashMap<>();

  private final Map<String, Optional<String>> variables = new LinkedHashMap<>();
  private final Map<String, Optional<String>> commands = new LinkedHashMap<>();

  /** A file read: its bytes, and its stat taken before they were read. */
  void file(String name, FileStat stat, byte[] bytes) {
    file(name, new FileStamp(stat, DIGEST.hashBytes(bytes)));
  }

  /** A file whose digest is known: read earlier, and unchanged since. */
  void file(String name, FileStamp stamp) {
    files.putIfAbsent(name, stamp);
  }

  void unreadable(String name, FileStat stat) {
    file(name, new FileStamp(stat, DIGEST.hashString(FAILED, StandardCharsets.UTF_8)));
  }

  void lookup(ReadInputs.SourceLookup lookup, String found) {
    lookups.putIfAbsent(lookup.written(), found);
  }

  void failedLookup(ReadInputs.SourceLookup lookup, String message) {
    lookups.putIfAbsent(lookup.written(), FAILED + message);
  }

  /** An environment variable expanded: its value, empty when it is not set. */
  void variable(String name, Optional<String> value) {
    variables.putIfAbsent(name, value);
  }

  /** A {@code $(shell,...)} command looked up: its recorded output, empty when unknown. */
  void command(String command, Optional<String> output) {
    commands.putIfAbsent(command, output);
  }

  ReadInputs inputs() {
    return new ReadInputs(
        ImmutableList.copyOf(files.keySet()),
        lookups.keySet().stream()
            .map(ReadInputs.SourceLookup::new)
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(variables.keySet()),
        ImmutableList.copyOf(commands.keySet()));
  }

  /** Each file's stamp, in the order of {@link ReadInputs#files}. */
  ImmutableList<FileStamp> stamps() {
    return ImmutableList.copyOf(files.values());
  }

  /**
   * Every input's name and what it gave, section by section, each entry length-prefixed: laid out
   * in one array, then hashed at once (fed to a hasher piece by piece, the 1,545 files of the 6.1
   * arm tree took a warm run longer than their stats).
   */
  HashCode digest() {
    ByteArrayDataOutput out = ByteStreams.newDataOutput(64 * (files.size() + lookups.size()));
    out.writeInt(files.size());
    files.forEach(
        (name, stamp) -> {
          text(out, name);
          out.write(stamp.digest().asBytes());
        });
    out.writeInt(lookups.size());
    lookups.forEach(
        (written, found) -> {
          text(out, written);
          text(out, found);
        });
    out.writeInt(variables.size());
    variables.forEach((name, value) -> optional(out, name, value));
    out.writeInt(commands.size());
    commands.forEach((command, output) -> optional(out, command, output));
    return DIGEST.hashBytes(out.toByteArray());
  }

  private static void optional(ByteArrayDataOutput out, String name, Optional<String> value) {
    text(out, name);
    out.writeBoolean(value.isPresent());
    text(out, value.orElse(""));
  }

  /** The text's bytes as read ({@link ByteText}: lossless). */
  private static void text(ByteArrayDataOutput out, String s) {
    byte[] bytes = ByteText.encode(s);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
