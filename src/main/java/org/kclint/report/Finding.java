package org.kclint.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.kclint.diag.Position;
import org.kclint.model.Trace;
import org.kclint.rules.Reference;
import org.kclint.rules.Severity;

/**
 * One thing kclint says about one input, in the shape every command and every report format shares
 * (SPEC §5): the rule id, its severity after the user's severity settings, where in the {@code
 * .config} it points, and whatever the check behind it knows besides.
 *
 * @param symbol the Kconfig symbol concerned (without {@code CONFIG_}), where there is one
 * @param detail further lines for people that no member below holds
 * @param related other lines the finding blames
 * @param fixes concrete changes that make the finding go away
 * @param references evidence: kernel files, commits, threads
 * @param trace the model counterexample backing a hazard
 * @param extra further members a check adds ({@code requested}/{@code resolved} for value-dropped,
 *     the failing dependency, …): strings, numbers, booleans, lists or maps of those, in insertion
 *     order. JSON writes them as members, SARIF as properties, text as detail lines.
 */
public record Finding(
    String rule,
    Severity severity,
    Position position,
    Optional<String> symbol,
    String message,
    ImmutableList<String> detail,
    ImmutableList<Position> related,
    ImmutableList<SuggestedFix> fixes,
    ImmutableList<Reference> references,
    Optional<Trace> trace,
    ImmutableMap<String, Object> extra) {

  /**
   * The order every report lists findings in, as a compiler's: by file, line and column (a
   * whole-file finding first in its file); findings at one place keep the order they came in.
   */
  public static final Comparator<Finding> BY_PLACE =
      Comparator.comparing((Finding f) -> f.position().file())
          .thenComparingInt(f -> f.position().line())
          .thenComparingInt(f -> f.position().column());

  /**
   * The extra member an undecided finding carries, {@code false}: its truth hangs on a fact nobody
   * gave, and it never makes a run fail.
   */
  public static final String DECIDED = "decided";

  private static final Set<String> RESERVED =
      Set.of(
          "rule",
          "severity",
          "file",
          "line",
          "column",
          "symbol",
          "message",
          "detail",
          "related",
          "fixes",
          "references",
          "trace");

  public Finding {
    for (String key : extra.keySet()) {
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("extra member shadows " + key);
      }
    }
  }

  /** A finding of a check that has only extra members to add. */
  public Finding(
      String rule,
      Severity severity,
      Position position,
      Optional<String> symbol,
      String message,
      ImmutableMap<String, Object> extra) {
    this(
        rule,
        severity,
        position,
        symbol,
        message,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        Optional.empty(),
        extra);
  }

  /** A finding with nothing but its rule, severity, place and message. */
  public static Finding of(String rule, Severity severity, Position position, String message) {
    return new Finding(rule, severity, position, Optional.empty(), message, ImmutableMap.of());
  }

  /** Whether the finding is decided (see {@link #DECIDED}). */
  public boolean decided() {
    return !Boolean.FALSE.equals(extra.get(DECIDED));
  }

  public Finding withSeverity(Severity s) {
    return new Finding(
        rule, s, position, symbol, message, detail, related, fixes, references, trace, extra);
  }

  public Finding withPosition(Position p) {
    return new Finding(
        rule, severity, p, symbol, message, detail, related, fixes, references, trace, extra);
  }

  public Finding withSymbol(String name) {
    return new Finding(
        rule,
        severity,
        position,
        Optional.of(name),
        message,
        detail,
        related,
        fixes,
        references,
        trace,
        extra);
  }

  public Finding withDetail(ImmutableList<String> lines) {
    return new Finding(
        rule, severity, position, symbol, message, lines, related, fixes, references, trace, extra);
  }

  public Finding withRelated(ImmutableList<Position> lines) {
    return new Finding(
        rule, severity, position, symbol, message, detail, lines, fixes, references, trace, extra);
  }

  public Finding withFixes(ImmutableList<SuggestedFix> list) {
    return new Finding(
        rule, severity, position, symbol, message, detail, related, list, references, trace, extra);
  }

  public Finding withReferences(ImmutableList<Reference> list) {
    return new Finding(
        rule, severity, position, symbol, message, detail, related, fixes, list, trace, extra);
  }

  /**
   * The finding as it holds on one of several boards checked with the same config: the message
   * names the board, so that baselines and waivers tell the boards apart, and JSON carries the
   * device tree as {@code board}.
   */
  public Finding onBoard(String name, String file) {
    return new Finding(
            rule,
            severity,
            position,
            symbol,
            message + " (board " + name + ")",
            detail,
            related,
            fixes,
            references,
            trace,
            extra)
        .withExtra("board", file);
  }

  public Finding withTrace(Trace t) {
    return new Finding(
        rule,
        severity,
        position,
        symbol,
        message,
        detail,
        related,
        fixes,
        references,
        Optional.of(t),
        extra);
  }

  public Finding withExtra(String key, Object value) {
    return new Finding(
        rule,
        severity,
        position,
        symbol,
        message,
        detail,
        related,
        fixes,
        references,
        trace,
        ImmutableMap.<String, Object>builder().putAll(extra).put(key, value).buildOrThrow());
  }
}
