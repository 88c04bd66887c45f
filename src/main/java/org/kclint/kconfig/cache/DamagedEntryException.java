package org.kclint.kconfig.cache;

/** A cache entry that is not what kclint wrote: cut short, changed, or not an entry at all. */
final class DamagedEntryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DamagedEntryException(String message) {
    super(message);
  }
}
