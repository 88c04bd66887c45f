package org.kclint.model;

/** How traces word flags. */
final class FlagWording implements OperationFamily.Wording {
  private final StateLayout layout;

  FlagWording(StateLayout layout) {
    this.layout = layout;
  }

  @Override
  public String changed(Transition t) {
    String flag = t.operand(0);
    return switch (t.op.kind()) {
      case SIGNAL -> flag + " signalled";
      case CLEAR -> flag + " cleared";
      case WAIT, PARK -> flag + " seen";
      case ASSERT ->
          flag
              + (FlagFamily.signalled(layout, t.v, t.op, t.cpu)
                  ? " is signalled"
                  : " is not signalled");
      default -> throw new IllegalStateException(t.op.kind() + " is not a flag operation");
    };
  }

  @Override
  public String violation(Transition t) {
    return t.proc.label + ": " + t.op.note().orElse(t.operand(0) + " must be signalled here");
  }
}
