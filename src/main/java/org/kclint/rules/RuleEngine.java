package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kclint.diag.Position;

/**
 * Runs the catalogue on one configuration and board. A rule whose condition holds yields a verdict;
 * each of its fixes is applied to the requested configuration, re-resolved and re-evaluated, and
 * offered only when the condition becomes false and no other rule starts to fire.
 */
public final class RuleEngine {
  private final ImmutableList<Rule> rules;
  private final boolean proveFixes;

  public RuleEngine(List<Rule> rules) {
    this(rules, true);
  }

  private RuleEngine(List<Rule> rules, boolean proveFixes) {
    this.rules = ImmutableList.copyOf(rules);
    this.proveFixes = proveFixes;
  }

  /**
   * This engine without the fixes: its verdicts offer and reject none. Proving a fix re-resolves
   * the whole configuration, most of a check's time; an editor checks each keystroke this way and
   * proves the fixes only when they are asked for.
   */
  public RuleEngine withoutFixes() {
    return new RuleEngine(rules, false);
  }

  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * One configuration to check.
   *
   * @param configFile the {@code .config} as the user named it, for positions
   * @param config the input's values, resolved with or without a Kconfig tree
   * @param lines where each symbol is set in the {@code .config}
   * @param kernel the kernel release, when known
   */
  public record Input(
      String configFile,
      ConfigResolver config,
      Function<String, Optional<Position>> lines,
      Facts facts,
      Optional<KernelVersion> kernel) {}

  public ImmutableList<Verdict> check(Input input) {
    SymbolValues resolved = input.config().resolve(ImmutableMap.of());
    Map<Rule, Assessment> assessed = new java.util.LinkedHashMap<>();
    Set<String> firing = new LinkedHashSet<>();
    for (Rule rule : rules) {
      Assessment a = assess(rule, resolved, input);
      assessed.put(rule, a);
      if (a.status().filter(RuleEngine::isFinding).isPresent()) {
        firing.add(rule.id());
      }
    }
    ImmutableList.Builder<Verdict> out = ImmutableList.builder();
    assessed.forEach(
        (rule, a) ->
            a.status()
                .ifPresent(status -> out.add(verdict(rule, status, a, input, resolved, firing))));
    return out.build();
  }

  private static boolean isFinding(Verdict.Status s) {
    return s != Verdict.Status.MITIGATED;
  }

  /**
   * A rule's status on some values, the unknowns that left it open, and the board view (cluster) it
   * was decided on.
   */
  private record Assessment(
      Optional<Verdict.Status> status,
      Truth condition,
      ImmutableList<String> missing,
      Facts view) {}

  /**
   * The rule on every cluster of the board: it fires where it fires on one of them, the strongest
   * status winning (a hazard over an unknown over a latent or mitigated case), so that a rule about
   * a core is decided by the CPUs that are that core.
   */
  private static Assessment assess(Rule rule, SymbolValues values, Input input) {
    Assessment best = null;
    Truth condition = Truth.FALSE;
    for (Facts view : input.facts().clusters()) {
      Assessment a = assess(rule, values, view, input.kernel());
      condition = condition.or(a.condition());
      if (best == null || rank(a) > rank(best)) {
        best = a;
      }
    }
    return new Assessment(best.status(), condition, best.missing(), best.view());
  }

  private static int rank(Assessment a) {
    return a.status()
        .map(
            s ->
                switch (s) {
                  case HAZARD -> 4;
                  case UNKNOWN -> 3;
                  case LATENT -> 2;
                  case MITIGATED -> 1;
                })
        .orElse(0);
  }

  private static Assessment assess(
      Rule rule, SymbolValues values, Facts facts, Optional<KernelVersion> kernel) {
    Evaluation cond = new Evaluation(values, facts, kernel);
    Truth inKernels = cond.inKernels(rule);
    Truth when = inKernels.isFalse() ? inKernels : inKernels.and(cond.truth(rule.when()));
    if (when.isFalse()) {
      return new Assessment(Optional.empty(), when, ImmutableList.of(), facts);
    }
    if (rule.mitigated().isPresent()) {
      Evaluation mit = new Evaluation(values, facts, kernel);
      Truth m = mit.truth(rule.mitigated().get().expr());
      if (m.isTrue()) {
        return new Assessment(
            Optional.of(Verdict.Status.MITIGATED), when, ImmutableList.of(), facts);
      }
      if (m.isUnknown()) {
        return unknown(when, facts, cond, mit);
      }
    }
    if (rule.latent().isPresent()) {
      Evaluation lat = new Evaluation(values, facts, kernel);
      Truth u = lat.truth(rule.latent().get().expr());
      if (u.isFalse()) {
        return new Assessment(Optional.of(Verdict.Status.LATENT), when, ImmutableList.of(), facts);
      }
      if (u.isUnknown()) {
        return unknown(when, facts, cond, lat);
      }
    }
    return when.isTrue()
        ? new Assessment(Optional.of(Verdict.Status.HAZARD), when, ImmutableList.of(), facts)
        : unknown(when, facts, cond);
  }

  private static Assessment unknown(Truth when, Facts view, Evaluation... parts) {
    Set<String> missing = new LinkedHashSet<>();
    for (Evaluation e : parts) {
      missing.addAll(e.missing());
    }
    return new Assessment(
        Optional.of(Verdict.Status.UNKNOWN), when, ImmutableList.copyOf(missing), view);
  }

  private Verdict verdict(
      Rule rule,
      Verdict.Status status,
      Assessment a,
      Input input,
      SymbolValues resolved,
      Set<String> firing) {
    ImmutableList.Builder<Fix> sound = ImmutableList.builder();
    ImmutableList.Builder<Verdict.RejectedFix> rejected = ImmutableList.builder();
    ImmutableList.Builder<Verdict.FixCaveat> caveats = ImmutableList.builder();
    for (Fix fix : proveFixes ? rule.fixes() : List.<Fix>of()) {
      Optional<String> why = unsound(rule, fix, input, firing, caveats);
      if (why.isPresent()) {
        rejected.add(new Verdict.RejectedFix(fix, why.get()));
      } else {
        sound.add(fix);
      }
    }
    ImmutableList<Position> blamed =
        rule.blame().stream()
            .map(input.lines())
            .flatMap(Optional::stream)
            .collect(ImmutableList.toImmutableList());
    // A config that sets none of the blamed symbols is wrong as a whole (a defconfig leaves them to
    // their defaults): the finding is about the file, not about its first line.
    Position at = blamed.isEmpty() ? Position.ofLine(input.configFile(), 0) : blamed.get(0);
    return new Verdict(
        rule,
        status,
        severity(rule, status),
        message(rule, status, a),
        at,
        blamed.isEmpty() ? ImmutableList.of() : blamed.subList(1, blamed.size()),
        a.missing(),
        sound.build(),
        rejected.build(),
        caveats.build(),
        scenario(rule, resolved, a.view(), input.kernel()));
  }

  /**
   * Why a fix does not hold, or empty when it does. A fix that would make another rule fire for
   * certain is rejected; one that would make another rule depend on an unknown is offered with a
   * caveat naming it.
   */
  private Optional<String> unsound(
      Rule rule,
      Fix fix,
      Input input,
      Set<String> firing,
      ImmutableList.Builder<Verdict.FixCaveat> caveats) {
    SymbolValues after = input.config().resolve(fix.changes());
    for (Map.Entry<String, String> change : fix.changes().entrySet()) {
      RuleValue kept = after.value(change.getKey()).map(RuleValue::ofConfig).orElse(RuleValue.N);
      if (!kept.equals(RuleValue.ofConfig(change.getValue()))) {
        return Optional.of(
            "the Kconfig tree would not keep CONFIG_" + change.getKey() + "=" + change.getValue());
      }
    }
    Assessment self = assess(rule, after, input);
    if (!self.condition().isFalse()) {
      return Optional.of(
          "the condition stays " + (self.condition().isTrue() ? "true" : "possibly true"));
    }
    for (Rule other : rules) {
      if (other != rule && !firing.contains(other.id())) {
        Assessment a = assess(other, after, input);
        if (a.status().filter(RuleEngine::isFinding).isEmpty()) {
          continue;
        }
        if (a.status().get() != Verdict.Status.UNKNOWN) {
          return Optional.of("it would raise " + other.id());
        }
        caveats.add(
            new Verdict.FixCaveat(
                fix,
                "may raise "
                    + other.id()
                    + " (depends on "
                    + String.join(", ", a.missing())
                    + ")"));
      }
    }
    return Optional.empty();
  }

  private static Severity severity(Rule rule, Verdict.Status status) {
    return switch (status) {
      case HAZARD -> rule.severity();
      case UNKNOWN, LATENT -> rule.severity().atMost(Severity.WARNING);
      case MITIGATED -> Severity.INFO;
    };
  }

  private static String message(Rule rule, Verdict.Status status, Assessment a) {
    return switch (status) {
      case HAZARD -> rule.summary();
      case UNKNOWN -> rule.summary() + "; cannot tell without " + String.join(", ", a.missing());
      case LATENT ->
          rule.summary() + "; latent on this board: " + rule.latent().orElseThrow().reason();
      case MITIGATED ->
          rule.summary() + "; mitigated in this kernel: " + rule.mitigated().orElseThrow().reason();
    };
  }

  private static Optional<Verdict.ScenarioCall> scenario(
      Rule rule, SymbolValues values, Facts view, Optional<KernelVersion> kernel) {
    return rule.scenario()
        .flatMap(
            binding ->
                parameters(binding, values, view, kernel)
                    .map(p -> new Verdict.ScenarioCall(binding.scenario(), p)));
  }

  /**
   * The rule's scenario parameters on a configuration whether or not the rule fires there, so that
   * the model can be asked about a fixed or mitigated configuration too.
   */
  public Optional<ImmutableMap<String, RuleValue>> scenarioParameters(Rule rule, Input input) {
    SymbolValues values = input.config().resolve(ImmutableMap.of());
    Facts view = assess(rule, values, input).view();
    return rule.scenario().flatMap(b -> parameters(b, values, view, input.kernel()));
  }

  private static Optional<ImmutableMap<String, RuleValue>> parameters(
      ScenarioBinding binding, SymbolValues values, Facts view, Optional<KernelVersion> kernel) {
    Evaluation e = new Evaluation(values, view, kernel);
    ImmutableMap.Builder<String, RuleValue> params = ImmutableMap.builder();
    for (Map.Entry<String, RuleExpr> p : binding.parameters().entrySet()) {
      Optional<RuleValue> v = e.term(p.getValue());
      if (v.isEmpty()) {
        return Optional.empty();
      }
      params.put(p.getKey(), v.get());
    }
    return Optional.of(params.build());
  }
}
