package org.kclint.cli;

/** kclint's exit codes, as SPEC §5 sets them. */
enum ExitCode {
  /** Nothing at or above the failure threshold. */
  OK(0),
  /** Findings at or above the failure threshold (or a model limit hit, a trace not reproduced). */
  FINDINGS(1),
  /** The command line itself is wrong. */
  USAGE(2),
  /** An input could not be read or parsed. */
  BAD_INPUT(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }
}
