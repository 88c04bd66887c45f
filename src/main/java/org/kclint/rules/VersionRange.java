package org.kclint.rules;

import java.util.Optional;

/**
 * Kernel releases a rule applies to, both ends inclusive. An upper end names a release line: {@code
 * ..2.6.37} includes every 2.6.37.y, and {@code 6.1} alone means all of 6.1.y.
 */
public record VersionRange(Optional<KernelVersion> from, Optional<KernelVersion> until) {

  public boolean contains(KernelVersion v) {
    if (from.isPresent() && v.compareTo(from.get()) < 0) {
      return false;
    }
    return until.isEmpty() || v.prefix(until.get().parts().size()).compareTo(until.get()) <= 0;
  }

  @Override
  public String toString() {
    if (from.equals(until)) {
      return from.map(KernelVersion::toString).orElse("..");
    }
    return from.map(KernelVersion::toString).orElse("")
        + ".."
        + until.map(KernelVersion::toString).orElse("");
  }
}
