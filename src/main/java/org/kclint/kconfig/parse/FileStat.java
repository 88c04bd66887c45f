package org.kclint.kconfig.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a file's stat says about whether its bytes changed, and when it was taken: size, mtime and
 * ctime in nanoseconds (as fine as the file system keeps them), device and inode. Where the system
 * has no unix attributes, ctime is the mtime and device and inode are 0.
 *
 * <p>A change always gives another stat but in two cases: a write within the same timestamp granule
 * as the stat's times, after the stat was taken (a stat whose times are that close to {@link
 * #taken} is "racily clean", as git calls it, and vouches for nothing: the cache's rule), and a
 * write made while the clock was set back. Restoring mtime ({@code touch -d}) does not hide a
 * change: ctime, which nobody sets, moves.
 *
 * @param taken when the stat was taken, in nanoseconds since the epoch, read from the clock just
 *     before it
 */
public record FileStat(
    long size, long modified, long changed, long device, long inode, long taken) {

  /** The stat of a file that could not be taken: vouches for nothing, as its times are unknown. */
  private static FileStat unknown(long taken) {
    return new FileStat(-1, Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, taken);
  }

  /** The stat of {@code file} now, following symbolic links as opening it does. */
  public static FileStat of(Path file) {
    long taken = nanos(Instant.now());
    try {
      Map<String, Object> unix =
          Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
      long modified = nanos((FileTime) unix.get("lastModifiedTime"));
      return new FileStat(
          (Long) unix.get("size"),
          modified,
          nanos((FileTime) unix.get("ctime")),
          (Long) unix.get("dev"),
          (Long) unix.get("ino"),
          taken);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return basic(file, taken);
    } catch (IOException | SecurityException e) {
      return unknown(taken);
    }
  }

  private static FileStat basic(Path file, long taken) {
    try {
      BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = nanos(basic.lastModifiedTime());
      return new FileStat(basic.size(), modified, modified, 0, 0, taken);
    } catch (IOException | SecurityException e) {
      return unknown(taken);
    }
  }

  /** Whether this and {@code other} say the same of the file, whenever each was taken. */
  public boolean sameFile(FileStat other) {
    return size == other.size
        && modified == other.modified
        && changed == other.changed
        && device == other.device
        && inode == other.inode;
  }

  /**
   * Whether the file could have been written after the stat was taken and kept these times: its
   * mtime or ctime lies less than {@code granule} nanoseconds before {@link #taken} (or after it).
   */
  public boolean racy(long granule) {
    return Math.max(modified, changed) > taken - granule;
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  private static long nanos(Instant time) {
    return TimeUnit.SECONDS.toNanos(time.getEpochSecond()) + time.getNano();
  }
}
