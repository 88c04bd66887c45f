package org.kclint.check;

/**
 * A request that names what does not exist (a rule, a scenario, a parameter value): the caller's
 * mistake, not bad input; the command line reports it as a usage error.
 */
public final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadRequest(String message) {
    super(message);
  }
}
