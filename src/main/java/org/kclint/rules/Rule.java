package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * One hazard of the catalogue, as its rule file states it.
 *
 * @param area the catalogue folder the rule lives in ({@code rules/catalogue/<area>/<id>.rule})
 * @param kernels the releases it applies to; empty means every release
 * @param when the hazard: true means this configuration on this board is hazardous
 * @param latent the board circumstance without which the hazard never shows, and why
 * @param mitigated a kernel mitigation that makes the hazard harmless, and how
 * @param blame the {@code .config} symbols a finding points at, most relevant first
 * @param position where the rule is declared
 */
public record Rule(
    String id,
    String area,
    Severity severity,
    String summary,
    ImmutableList<VersionRange> kernels,
    RuleExpr when,
    Optional<Condition> latent,
    Optional<Condition> mitigated,
    ImmutableList<String> blame,
    ImmutableList<Fix> fixes,
    ImmutableList<Reference> references,
    Optional<ScenarioBinding> scenario,
    String explanation,
    Position position) {

  /** A condition with the sentence that says what it means for the hazard. */
  public record Condition(RuleExpr expr, String reason) {}

  public boolean appliesToAllKernels() {
    return kernels.isEmpty();
  }

  public String kernelsText() {
    return kernels.isEmpty()
        ? "all"
        : String.join(", ", kernels.stream().map(VersionRange::toString).toList());
  }
}
