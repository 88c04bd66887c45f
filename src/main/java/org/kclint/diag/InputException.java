package org.kclint.diag;

/**
 * Input that kclint cannot read or does not accept: a missing file, a syntax error, a limit
 * exceeded. Always carries a position; the command line turns it into one diagnostic line and exit
 * code 3, never a stack trace.
 */
public final class InputException extends RuntimeException {
  private final Position position;

  /** The text the kernel's own tool prints where it stops on this input; null for kclint's form. */
  private final String printed;

  public InputException(Position position, String message) {
    this(position, message, (String) null);
  }

  /**
   * Input the kernel's tool also stops on, reported in that tool's own words ({@code printed},
   * without the last newline) so that kclint's stderr is the tool's.
   */
  public InputException(Position position, String message, String printed) {
    super(message);
    this.position = position;
    this.printed = printed;
  }

  public InputException(Position position, String message, Throwable cause) {
    super(message, cause);
    this.position = position;
    this.printed = null;
  }

  public Position position() {
    return position;
  }

  /** {@code file:line:col: error: message}, the form every diagnostic takes. */
  public String diagnostic() {
    return position + ": error: " + getMessage();
  }

  /**
   * What the kernel's tool prints where it stops on the same input (for commands that stand in for
   * it, such as resolve for conf); else {@link #diagnostic()}.
   */
  public String asTheToolPrintsIt() {
    return printed != null ? printed : diagnostic();
  }
}
