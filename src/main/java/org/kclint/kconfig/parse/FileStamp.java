package org.kclint.kconfig.parse;

import com.google.common.hash.HashCode;

/**
 * A Kconfig file as one reading found it: its stat, taken before its bytes were read, and the
 * digest of those bytes. While the file's stat stays the same (and was not racy), the digest can
 * stand for the bytes without reading them.
 */
public record FileStamp(FileStat stat, HashCode digest) {}
