package org.kclint.check;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.kclint.io.AtomicFiles;
import org.kclint.model.Exploration;
import org.kclint.model.TraceWriter;

/**
 * What {@code kclint trace} shows: the exploration of a scenario (a counterexample, a complete
 * exploration without one, or a limit reached), or why a rule has none on a config.
 */
public final class TraceOutcome {
  private final String scenario;
  private final Optional<Exploration> exploration;
  private final String none;

  private TraceOutcome(String scenario, Optional<Exploration> exploration, String none) {
    this.scenario = scenario;
    this.exploration = exploration;
    this.none = none;
  }

  static TraceOutcome of(String scenario, Exploration exploration) {
    return new TraceOutcome(scenario, Optional.of(exploration), "");
  }

  /**
   * The evidence behind {@code rule}'s finding on {@code config}, explored with the parameters the
   * config and the session's board give.
   */
  public static TraceOutcome ofRule(CheckSession session, String rule, ConfigSource config) {
    if (session.catalogue().rule(rule).isEmpty()) {
      throw new BadRequest("no rule '" + rule + "' (see kclint rules)");
    }
    Optional<HazardCheck.Result> found =
        session.check(config).hazards().stream()
            .map(CheckedConfig.OnBoard::result)
            .filter(r -> r.verdict().rule().id().equals(rule))
            .findFirst();
    if (found.isEmpty()) {
      return none(rule, "its condition is false on this config (or its kernels exclude this one)");
    }
    HazardCheck.Result result = found.get();
    if (result.evidence().isEmpty()) {
      return none(
          rule,
          result
              .note()
              .orElse(
                  "status "
                      + result.verdict().status().name().toLowerCase(Locale.ROOT)
                      + ": the model is consulted only when the rule holds or the kernel mitigates it"));
    }
    return of(result.verdict().rule().scenario().get().scenario(), result.evidence().get());
  }

  private static TraceOutcome none(String rule, String why) {
    return new TraceOutcome("", Optional.empty(), "no trace for " + rule + ": " + why);
  }

  /**
   * Prints the outcome, or saves the trace to {@code output} ({@code json}: as JSON, else as text)
   * and says so on {@code err}.
   *
   * @return whether it shows a violation or a limit reached, which {@code trace} exits 1 for
   */
  public boolean show(boolean json, Optional<Path> output, PrintWriter out, PrintWriter err) {
    if (exploration.isEmpty()) {
      out.println(none);
      out.flush();
      return false;
    }
    Exploration result = exploration.get();
    if (result instanceof Exploration.Violated v) {
      String text = json ? TraceWriter.json(v.trace()) : TraceWriter.text(v.trace());
      if (output.isPresent()) {
        AtomicFiles.write(output.get(), text);
        err.println(
            "kclint: "
                + v.trace().violation().kind().id()
                + " in "
                + v.trace().steps().size()
                + " steps; trace written to "
                + output.get());
      } else {
        out.print(text);
      }
      err.flush();
      out.flush();
      return true;
    }
    if (result instanceof Exploration.Safe safe) {
      out.println(
          "no violation: scenario "
              + scenario
              + " explored completely ("
              + safe.statesExplored()
              + " states, longest run "
              + safe.maxDepth()
              + " steps)");
      out.flush();
      return false;
    }
    Exploration.LimitReached limit = (Exploration.LimitReached) result;
    err.println(
        "kclint: limit "
            + limit.limit()
            + " reached after "
            + limit.statesExplored()
            + " states at depth "
            + limit.depth()
            + " without a violation; the scenario is NOT shown safe (raise the limit)");
    err.flush();
    return true;
  }
}
