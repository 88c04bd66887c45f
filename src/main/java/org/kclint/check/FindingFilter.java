package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kclint.diag.Position;
import org.kclint.diag.Suggestions;
import org.kclint.report.Baseline;
import org.kclint.report.ConfigFindings;
import org.kclint.report.Finding;
import org.kclint.report.KconfigFindings;
import org.kclint.report.Report;
import org.kclint.report.RuleInfo;
import org.kclint.report.ToolVersion;
import org.kclint.report.Waivers;

/**
 * What the user has said about findings, applied in order: each config's inline waivers, the
 * severity settings (a rule off, at another level, {@code -Werror}), then the baseline.
 */
final class FindingFilter {
  private FindingFilter() {}

  /**
   * @param treeFindings what conf says about the Kconfig tree, before the configs' findings
   * @param rules every check the run ran, for the report's rule metadata and to warn about settings
   *     naming no rule
   */
  static CheckReport report(
      Policy policy,
      List<Finding> treeFindings,
      List<CheckedConfig> checked,
      List<RuleInfo> rules,
      Consumer<String> warnings) {
    warnUnknownRules(policy, rules, warnings);
    Map<String, ConfigSource> sources = new LinkedHashMap<>();
    List<Finding> kept = new ArrayList<>(treeFindings);
    for (CheckedConfig c : checked) {
      sources.putIfAbsent(c.name(), c.source());
      kept.addAll(c.findings());
    }
    // A config's waivers cover the findings on its lines; those go after the findings elsewhere
    // (stale-config points into the Kconfig files), each config's in turn.
    for (Map.Entry<String, ConfigSource> e : sources.entrySet()) {
      Optional<Waivers> waivers = e.getValue().waivers();
      if (waivers.isPresent()) {
        // One pass: removeAll of a list was quadratic in the findings (60,000 unknown symbols).
        List<Finding> mine = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        for (Finding f : kept) {
          (f.position().file().equals(e.getKey()) ? mine : others).add(f);
        }
        others.addAll(waivers.get().apply(mine));
        kept = others;
      }
    }
    kept.sort(Finding.BY_PLACE);
    ImmutableList<Finding> accepted =
        kept.stream()
            .map(policy.severities()::apply)
            .flatMap(Optional::stream)
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Finding> reported =
        policy.baseline().isPresent()
            ? baseline(policy.baseline().get(), accepted, warnings)
            : accepted;
    Report report =
        new Report(
            ToolVersion.number(),
            ImmutableList.copyOf(sources.keySet()),
            ImmutableList.copyOf(rules),
            reported,
            policy.failOn());
    return new CheckReport(accepted, report);
  }

  /**
   * The findings the baseline does not accept; says on {@code notes} how many it hid and which of
   * its entries accepted nothing, so that a baseline shrinks as findings are fixed.
   */
  private static ImmutableList<Finding> baseline(
      Path file, List<Finding> findings, Consumer<String> notes) {
    Baseline.Outcome outcome = Baseline.read(file).apply(findings);
    notes.accept(
        "kclint: baseline "
            + file
            + " hid "
            + outcome.hidden()
            + (outcome.hidden() == 1 ? " finding" : " findings")
            + (outcome.gone().isEmpty()
                ? ""
                : "; "
                    + outcome.gone().size()
                    + (outcome.gone().size() == 1 ? " entry matches" : " entries match")
                    + " nothing (fixed, or gone: remove with --write-baseline):"));
    outcome.gone().forEach(entry -> notes.accept("    " + entry));
    return outcome.reported();
  }

  private static void warnUnknownRules(
      Policy policy, List<RuleInfo> rules, Consumer<String> warnings) {
    Set<String> known = new LinkedHashSet<>(List.of(Waivers.NO_REASON, Waivers.UNUSED));
    // A settings file serves runs with and without a tree: the Kconfig checks are always known.
    KconfigFindings.rules().forEach(r -> known.add(r.id()));
    ConfigFindings.rules().forEach(r -> known.add(r.id()));
    rules.forEach(r -> known.add(r.id()));
    for (String id : policy.severities().namedRules()) {
      if (!known.contains(id)) {
        String where =
            Optional.ofNullable(policy.ruleNames().get(id))
                .map(Position::toString)
                .orElse("kclint");
        warnings.accept(
            where
                + ": warning: no rule named '"
                + id
                + "'"
                + Suggestions.closest(id, known).map(k -> "; did you mean " + k + "?").orElse("")
                + " (`kclint rules` lists them)");
      }
    }
  }
}
