package org.kclint.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * One operation of a process: its kind, its resource operands (none, one, or page and frame for
 * {@code map}), an optional note naming the kernel code it stands for, and where it was written.
 */
public record Operation(
    OpKind kind, ImmutableList<String> operands, Optional<String> note, Position position)
    implements Statement {

  /** The operation as written, e.g. {@code map pkmap -> page_b}: how traces name a step. */
  public String render() {
    StringBuilder b = new StringBuilder(kind.keyword());
    if (!operands.isEmpty()) {
      b.append(' ').append(operands.get(0));
    }
    if (operands.size() > 1) {
      b.append(" -> ").append(operands.get(1));
    }
    return b.toString();
  }
}
