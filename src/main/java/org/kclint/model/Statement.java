package org.kclint.model;

import com.google.common.collect.ImmutableList;

/** A statement of a process body: an operation, or a choice made on the parameters. */
public sealed interface Statement permits Operation, Statement.If {

  /** Code chosen by parameter values before exploration; both branches are straight-line. */
  record If(Condition condition, ImmutableList<Statement> then, ImmutableList<Statement> otherwise)
      implements Statement {}
}
