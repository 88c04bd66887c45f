package org.kclint.resolve;

/** conf stopping before it writes anything: what it prints on stderr, and its exit status. */
public final class ConfExit extends RuntimeException {
  private final int status;

  public ConfExit(String stderr, int status) {
    super(stderr);
    this.status = status;
  }

  /** Exactly what conf prints on stderr. */
  public String stderr() {
    return getMessage();
  }

  public int status() {
    return status;
  }
}
