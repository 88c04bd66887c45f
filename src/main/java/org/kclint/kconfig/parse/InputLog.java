package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
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
  private final Map<ReadInputs.SourceLookup, String> lookups = new LinkedHashMap<>();
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
    lookups.putIfAbsent(lookup, found);
  }

  void failedLookup(ReadInputs.SourceLookup lookup, String message) {
    lookups.putIfAbsent(lookup, FAILED + message);
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
        ImmutableList.copyOf(lookups.keySet()),
        ImmutableList.copyOf(variables.keySet()),
        ImmutableList.copyOf(commands.keySet()));
  }

  /** Each file's stamp, in the order of {@link ReadInputs#files}. */
  ImmutableList<FileStamp> stamps() {
    return ImmutableList.copyOf(files.values());
  }

  /** Every input's name and what it gave, section by section, each entry length-prefixed. */
  HashCode digest() {
    Hasher h = DIGEST.newHasher();
    h.putInt(files.size());
    files.forEach(
        (name, stamp) -> {
          text(h, name);
          h.putBytes(stamp.digest().asBytes());
        });
    h.putInt(lookups.size());
    lookups.forEach(
        (lookup, found) -> {
          text(h, lookup.written());
          text(h, found);
        });
    h.putInt(variables.size());
    variables.forEach((name, value) -> optional(h, name, value));
    h.putInt(commands.size());
    commands.forEach((command, output) -> optional(h, command, output));
    return h.hash();
  }

  private static void optional(Hasher h, String name, Optional<String> value) {
    text(h, name);
    h.putBoolean(value.isPresent());
    text(h, value.orElse(""));
  }

  /** The text's bytes as read ({@link ByteText}: lossless), in bulk. */
  private static void text(Hasher h, String s) {
    byte[] bytes = ByteText.encode(s);
    h.putInt(bytes.length);
    h.putBytes(bytes);
  }
}
