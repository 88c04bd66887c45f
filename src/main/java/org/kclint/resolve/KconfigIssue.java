package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * A difference between what a config asks for and what the kernel's conf makes of it (SPEC §3,
 * Kconfig-level checks). Each kind carries the facts a report needs; wording is the report's.
 */
public sealed interface KconfigIssue {
  /** The input line concerned, or for issues without one the Kconfig definition. */
  Position position();

  String symbol();

  /** {@code CONFIG_X} names a symbol the tree does not define. */
  record UnknownSymbol(Position position, String symbol, Optional<String> suggestion)
      implements KconfigIssue {}

  /**
   * A prompted symbol's requested value is not the value conf writes.
   *
   * @param requested the input's spelling ({@code y}, {@code m}, {@code n}, number, quoted)
   * @param resolved conf's spelling in the output, or {@code (unset)} when conf does not write it
   * @param reason one line: why conf changed it
   * @param dependency the failing expression with each operand's value, if one is to blame
   * @param chain from the failing operands back to symbols the user can set
   */
  record ValueDropped(
      Position position,
      String symbol,
      String requested,
      String resolved,
      String reason,
      Optional<String> dependency,
      ImmutableList<Operand> operands,
      ImmutableList<String> chain)
      implements KconfigIssue {}

  /** A symbol in a failing dependency: its value and whether the user can set it directly. */
  record Operand(String symbol, String value, boolean settable) {}

  /** conf's "unmet direct dependencies" warning: selected although its dependencies are unmet. */
  record UnmetDependency(
      Position position,
      String symbol,
      String dependsOn,
      ImmutableList<String> selectedBy,
      String confText)
      implements KconfigIssue {}

  /** conf's "invalid for" (or "invalid string") warning: conf ignores the line. */
  record InvalidValue(Position position, String symbol, String value, String confText)
      implements KconfigIssue {}

  /** A value for a symbol without any prompt that differs from what conf computes. */
  record NotUserSettable(Position position, String symbol, String requested, String resolved)
      implements KconfigIssue {}

  /** A second member of one choice set to y (conf: "changes choice state"); the last wins. */
  record ChoiceConflict(Position position, String symbol, Optional<String> replaced)
      implements KconfigIssue {}

  /** The same symbol assigned again (conf: "override: reassigning"); the last wins. */
  record DuplicateAssignment(Position position, String symbol, Position earlier)
      implements KconfigIssue {}

  /**
   * A symbol the user could set that the config does not mention (conf's listnewconfig).
   *
   * @param value what conf gives it, spelled as conf writes it (a string quoted)
   */
  record StaleConfig(Position position, String symbol, String value) implements KconfigIssue {}
}
