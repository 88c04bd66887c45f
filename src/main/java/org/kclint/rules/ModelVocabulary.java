package org.kclint.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.kclint.diag.InputException;
import org.kclint.diag.Suggestions;

/**
 * What the hazard model offers rule files: its scenarios, each with the parameters a rule may bind,
 * and the kinds of violation it finds. A rule naming a scenario, a parameter or a violation the
 * model lacks is refused where it is written, not found out when the rule fires.
 *
 * @param scenarios each scenario's parameter names, by scenario name
 * @param violations the violation kinds an {@code expect} may name
 */
public record ModelVocabulary(
    ImmutableMap<String, ImmutableSet<String>> scenarios, ImmutableSet<String> violations) {

  /**
   * @throws InputException at the first scenario block naming what the model lacks
   */
  public void check(List<Rule> rules) {
    for (Rule rule : rules) {
      if (rule.scenario().isPresent()) {
        check(rule.scenario().get());
      }
    }
  }

  private void check(ScenarioBinding binding) {
    ImmutableSet<String> parameters = scenarios.get(binding.scenario());
    if (parameters == null) {
      throw new InputException(
          binding.position(),
          "the model has no scenario '"
              + binding.scenario()
              + "' ("
              + Suggestions.didYouMean(binding.scenario(), scenarios.keySet())
              + ")");
    }
    for (String parameter : binding.parameters().keySet()) {
      if (!parameters.contains(parameter)) {
        throw new InputException(
            binding.positions().get(parameter),
            "scenario "
                + binding.scenario()
                + " has no parameter '"
                + parameter
                + "' ("
                + Suggestions.didYouMean(parameter, parameters)
                + ")");
      }
    }
    String expected = binding.expect().violation();
    if (!violations.contains(expected)) {
      throw new InputException(
          binding.expect().position(),
          "the model finds no violation '"
              + expected
              + "' ("
              + Suggestions.didYouMean(expected, violations)
              + ")");
    }
  }
}
