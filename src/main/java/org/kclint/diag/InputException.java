package org.kclint.diag;

/**
 * Input that kclint cannot read or does not accept: a missing file, a syntax error, a limit
 * exceeded. Always carries a position; the command line turns it into one diagnostic line and exit
 * code 3, never a stack trace.
 */
public final class InputException extends RuntimeException {
  private final Position position;

  public InputException(Position position, String message) {
    super(message);
    this.position = position;
  }

  public InputException(Position position, String message, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  public Position position() {
    return position;
  }

  /** {@code file:line:col: error: message}, the form every diagnostic takes. */
  public String diagnostic() {
    return position + ": error: " + getMessage();
  }
}
