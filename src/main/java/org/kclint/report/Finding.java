package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.Position;
import org.kclint.model.Trace;
import org.kclint.rules.Reference;
import org.kclint.rules.Severity;

/**
 * One thing kclint says about one input, in the shape every command and every report format
 * shares (SPEC §5): the rule id, its severity after the user's severity settings, where in the
 * {@code .config} it points, and whatever the check behind it knows besides.
 *
 * @param symbol the Kconfig symbol concerned (without {@code CONFIG_}), where there is one
 * @param detail further lines for people: why, the dependency chain, the operands' values
 * @param related other lines the finding blames
 * @param requested the value the user asked for (value-dropped)
 * @param resolved the value the kernel's tools will give it (value-dropped)
 * @param fixes concrete changes that make the finding go away
 * @param references evidence: kernel files, commits, threads
 * @param trace the model counterexample backing a hazard
 */
public record Finding(
    String rule,
    Severity severity,
    Position position,
    Optional<String> symbol,
    String message,
    ImmutableList<String> detail,
    ImmutableList<Position> related,
    Optional<String> requested,
    Optional<String> resolved,
    ImmutableList<SuggestedFix> fixes,
    ImmutableList<Reference> references,
    Optional<Trace> trace) {

  /** A finding with nothing but its rule, severity, place and message. */
  public static Finding of(String rule, Severity severity, Position position, String message) {
    return new Finding(
        rule,
        severity,
        position,
        Optional.empty(),
        message,
        ImmutableList.of(),
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableList.of(),
        Optional.empty());
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, position, symbol, message, detail, related, requested, resolved, fixes, references, trace);
  }

  public Finding withSymbol(String name) {
    return new Finding(rule, severity, position, Optional.of(name), message, detail, related, requested, resolved, fixes, references, trace);
  }

  public Finding withDetail(ImmutableList<String> lines) {
    return new Finding(rule, severity, position, symbol, message, lines, related, requested, resolved, fixes, references, trace);
  }

  public Finding withRelated(ImmutableList<Position> lines) {
    return new Finding(rule, severity, position, symbol, message, detail, lines, requested, resolved, fixes, references, trace);
  }

  public Finding withValues(String requestedValue, String resolvedValue) {
    return new Finding(rule, severity, position, symbol, message, detail, related, Optional.of(requestedValue), Optional.of(resolvedValue), fixes, references, trace);
  }

  public Finding withFixes(ImmutableList<SuggestedFix> list) {
    return new Finding(rule, severity, position, symbol, message, detail, related, requested, resolved, list, references, trace);
  }

  public Finding withReferences(ImmutableList<Reference> list) {
    return new Finding(rule, severity, position, symbol, message, detail, related, requested, resolved, fixes, list, trace);
  }

  public Finding withTrace(Trace t) {
    return new Finding(rule, severity, position, symbol, message, detail, related, requested, resolved, fixes, references, Optional.of(t));
  }
}
