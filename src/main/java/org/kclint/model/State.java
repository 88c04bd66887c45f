package org.kclint.model;

import java.util.Arrays;

/** A model state packed into ints (layout in {@link Machine}); equal contents, equal states. */
final class State {
  final int[] v;
  private final int hash;

  State(int[] v) {
    this.v = v;
    this.hash = Arrays.hashCode(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof State s && s.hash == hash && Arrays.equals(s.v, v);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
