package org.kclint.kconfig.cache;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.parse.FileStamp;
import org.kclint.kconfig.parse.FileStat;
import org.kclint.kconfig.parse.ReadInputs;

/**
 * One cache entry's layout: a magic number and format, a CRC-32C of all that follows, the kclint
 * build that wrote it, the key (the digest of the inputs with what each gave, and of that build),
 * the inputs by name so that the key can be computed again, each file's stamp (in fixed-width
 * fields, so that new stamps can be written over them), the warnings reading printed, and the tree.
 * The tree is decoded only once the key is known to match.
 */
final class TreeEntry {
  private static final byte[] MAGIC = "kclint tree\n".getBytes(StandardCharsets.US_ASCII);

  /** Raised whenever the layout below changes. */
  static final int FORMAT = 2;

  private static final int KEY_BYTES = 16;
  private static final int BODY = MAGIC.length + 8;

  private final byte[] bytes;
  private final String build;
  private final HashCode key;
  private final ReadInputs inputs;
  private final int stampsAt;
  private final ImmutableList<FileStamp> stamps;
  private final ImmutableList<String> warnings;
  private final EntryInput rest;

  private TreeEntry(
      byte[] bytes,
      String build,
      HashCode key,
      ReadInputs inputs,
      int stampsAt,
      ImmutableList<FileStamp> stamps,
      ImmutableList<String> warnings,
      EntryInput rest) {
    this.bytes = bytes;
    this.build = build;
    this.key = key;
    this.inputs = inputs;
    this.stampsAt = stampsAt;
    this.stamps = stamps;
    this.warnings = warnings;
    this.rest = rest;
  }

  static byte[] encode(
      String build,
      HashCode key,
      ReadInputs inputs,
      List<FileStamp> stamps,
      List<String> warnings,
      KconfigTree tree) {
    EntryOutput out = new EntryOutput();
    out.writeBytes(MAGIC);
    for (int i = 0; i < 8; i++) {
      out.writeByte(0); // the format and the CRC, set below
    }
    out.writeString(build);
    out.writeBytes(key.asBytes());
    out.writeStrings(inputs.files());
    out.writeNumber(inputs.lookups().size());
    for (ReadInputs.SourceLookup lookup : inputs.lookups()) {
      out.writeString(lookup.written());
    }
    out.writeStrings(inputs.variables());
    out.writeStrings(inputs.commands());
    writeStamps(stamps, out);
    out.writeStrings(warnings);
    TreeCodec.write(tree, out);
    byte[] bytes = out.toByteArray();
    putInt(bytes, MAGIC.length, FORMAT);
    seal(bytes);
    return bytes;
  }

  /** One stamp per file, each field a fixed 8 bytes, the digest its 16. */
  private static void writeStamps(List<FileStamp> stamps, EntryOutput out) {
    for (FileStamp stamp : stamps) {
      FileStat stat = stamp.stat();
      out.writeLong(stat.size());
      out.writeLong(stat.modified());
      out.writeLong(stat.changed());
      out.writeLong(stat.device());
      out.writeLong(stat.inode());
      out.writeLong(stat.taken());
      out.writeBytes(stamp.digest().asBytes());
    }
  }

  private static ImmutableList<FileStamp> readStamps(int count, EntryInput in) {
    ImmutableList.Builder<FileStamp> stamps = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      FileStat stat =
          new FileStat(
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readLong());
      stamps.add(new FileStamp(stat, HashCode.fromBytes(in.readBytes(KEY_BYTES))));
    }
    return stamps.build();
  }

  /** The CRC of all after the header, into the header. */
  private static void seal(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, BODY, bytes.length - BODY);
    putInt(bytes, MAGIC.length + 4, (int) crc.getValue());
  }

  /** Whether {@code bytes} start as an entry of any format does. */
  static boolean isEntry(byte[] bytes) {
    return bytes.length >= BODY && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /** The format {@code bytes} (an entry) are in. */
  static int format(byte[] bytes) {
    return getInt(bytes, MAGIC.length);
  }

  /** An entry of this {@link #FORMAT}, checked whole, decoded up to its tree. */
  static TreeEntry decode(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, BODY, bytes.length - BODY);
    if ((int) crc.getValue() != getInt(bytes, MAGIC.length + 4)) {
      throw new DamagedEntryException("its checksum does not match");
    }
    EntryInput in = new EntryInput(bytes, BODY, bytes.length);
    String build = in.readString();
    HashCode key = HashCode.fromBytes(in.readBytes(KEY_BYTES));
    ImmutableList<String> files = in.readStrings();
    int count = in.readCount();
    ImmutableList.Builder<ReadInputs.SourceLookup> lookups =
        ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      lookups.add(new ReadInputs.SourceLookup(in.readString()));
    }
    ReadInputs inputs = new ReadInputs(files, lookups.build(), in.readStrings(), in.readStrings());
    int stampsAt = in.position();
    ImmutableList<FileStamp> stamps = readStamps(files.size(), in);
    return new TreeEntry(bytes, build, key, inputs, stampsAt, stamps, in.readStrings(), in);
  }

  /** This entry with {@code newStamps} (one per file, as its own) over its stamps. */
  byte[] restamped(List<FileStamp> newStamps) {
    if (newStamps.size() != stamps.size()) {
      throw new IllegalArgumentException(newStamps.size() + " stamps for " + stamps.size());
    }
    EntryOutput out = new EntryOutput();
    writeStamps(newStamps, out);
    byte[] section = out.toByteArray();
    byte[] copy = bytes.clone();
    System.arraycopy(section, 0, copy, stampsAt, section.length);
    seal(copy);
    return copy;
  }

  String build() {
    return build;
  }

  HashCode key() {
    return key;
  }

  ReadInputs inputs() {
    return inputs;
  }

  /** Each file's stamp, in the order of {@link ReadInputs#files}. */
  ImmutableList<FileStamp> stamps() {
    return stamps;
  }

  ImmutableList<String> warnings() {
    return warnings;
  }

  /** The tree; once only. */
  KconfigTree tree() {
    KconfigTree tree = TreeCodec.read(rest);
    if (!rest.atEnd()) {
      throw new DamagedEntryException("data after the tree");
    }
    return tree;
  }

  private static void putInt(byte[] bytes, int at, int value) {
    for (int i = 0; i < 4; i++) {
      bytes[at + i] = (byte) (value >>> (24 - 8 * i));
    }
  }

  private static int getInt(byte[] bytes, int at) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | (bytes[at + i] & 0xff);
    }
    return value;
  }
}
