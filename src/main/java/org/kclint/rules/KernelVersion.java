package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A kernel release as its numeric components: {@code 2.6.35}, {@code 6.1.192}. */
public record KernelVersion(ImmutableList<Integer> parts) implements Comparable<KernelVersion> {

  private static final Pattern LEADING = Pattern.compile("(\\d+(?:\\.\\d+)*)");
  private static final Pattern HEADER =
      Pattern.compile("#\\s*Linux/\\S+\\s+(\\d+(?:\\.\\d+)+)\\S*\\s+Kernel Configuration\\s*");

  public KernelVersion {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty kernel version");
    }
  }

  /** The leading numeric part of a release string, so that {@code 6.1.0-rc3} reads as 6.1.0. */
  public static Optional<KernelVersion> parse(String text) {
    Matcher m = LEADING.matcher(text.trim());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    ImmutableList.Builder<Integer> parts = ImmutableList.builder();
    for (String p : m.group(1).split("\\.")) {
      try {
        parts.add(Integer.parseInt(p));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.of(new KernelVersion(parts.build()));
  }

  /** The version in the header conf writes: {@code # Linux/arm 6.1.192 Kernel Configuration}. */
  public static Optional<KernelVersion> fromConfigHeader(String commentLine) {
    Matcher m = HEADER.matcher(commentLine);
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /** This version cut to its first {@code n} components (padded with zeros). */
  public KernelVersion prefix(int n) {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      out.add(i < parts.size() ? parts.get(i) : 0);
    }
    return new KernelVersion(out.build());
  }

  @Override
  public int compareTo(KernelVersion o) {
    int n = Math.max(parts.size(), o.parts.size());
    for (int i = 0; i < n; i++) {
      int a = i < parts.size() ? parts.get(i) : 0;
      int b = i < o.parts.size() ? o.parts.get(i) : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int p : parts) {
      s.append(s.length() == 0 ? "" : ".").append(p);
    }
    return s.toString();
  }
}
