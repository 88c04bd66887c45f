package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rules in force, sorted by area and id, each id once. */
public record Catalogue(ImmutableList<Rule> rules) {

  public Catalogue {
    rules =
        rules.stream()
            .sorted(Comparator.comparing(Rule::area).thenComparing(Rule::id))
            .collect(ImmutableList.toImmutableList());
  }

  public static Catalogue of(List<Rule> rules) {
    return new Catalogue(ImmutableList.copyOf(rules));
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
