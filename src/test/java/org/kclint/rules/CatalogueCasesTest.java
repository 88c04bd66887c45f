package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kclint.rules.parse.RuleFiles;

/**
 * Every rule of the shipped catalogue on its own test inputs, with the whole catalogue running: the
 * findings must be exactly the {@code # EXPECT} markers, and every fix offered must, applied to the
 * configuration, remove the finding without raising another.
 */
class CatalogueCasesTest {
  private static final Path CASES = Path.of("testdata/rules");
  private static final Catalogue CATALOGUE = RuleFiles.shipped();

  @Test
  void everyRuleHasPositiveAndNegativeCases() {
    assertTrue(CATALOGUE.rules().size() >= 12, "at least 12 rules");
    for (Rule rule : CATALOGUE.rules()) {
      Path dir = CASES.resolve(rule.id());
      assertTrue(Files.exists(dir.resolve("positive.config")), rule.id() + " has a positive case");
      assertTrue(Files.exists(dir.resolve("negative.config")), rule.id() + " has a negative case");
    }
  }

  @Test
  void everyCaseFolderNamesARule() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      for (Path dir : dirs.toList()) {
        String id = dir.getFileName().toString();
        assertTrue(CATALOGUE.rule(id).isPresent(), "testdata for unknown rule " + id);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> findingsAreExactlyTheExpectations() throws IOException {
    return cases()
        .map(p -> DynamicTest.dynamicTest(CASES.relativize(p).toString(), () -> check(p)));
  }

  private static void check(Path config) throws IOException {
    RuleCase c = RuleCase.read(config);
    RuleEngine engine = new RuleEngine(CATALOGUE.rules());
    List<Verdict> verdicts = engine.check(c.input());
    Set<String> actual =
        verdicts.stream()
            .map(v -> RuleCase.key(v.position().line(), v.rule().id(), v.status().name()))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertEquals(new java.util.TreeSet<>(c.expected()), actual, "findings of " + config);
    if (config.getFileName().toString().equals("positive.config")) {
      String rule = config.getParent().getFileName().toString();
      assertTrue(
          verdicts.stream()
              .anyMatch(v -> v.rule().id().equals(rule) && v.status() == Verdict.Status.HAZARD),
          "positive case fires " + rule);
    }
    for (Verdict v : verdicts) {
      for (Fix fix : v.fixes()) {
        proveFix(c, engine, verdicts, v, fix);
      }
    }
  }

  /** Applies the fix by hand and checks the engine's claim independently. */
  private static void proveFix(
      RuleCase c, RuleEngine engine, List<Verdict> before, Verdict v, Fix fix) {
    RuleCase fixed =
        new RuleCase(
            c.name(),
            com.google.common.collect.ImmutableMap.<String, String>builder()
                .putAll(
                    c.values().entrySet().stream()
                        .filter(e -> !fix.changes().containsKey(e.getKey()))
                        .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue())))
                .putAll(fix.changes())
                .build(),
            c.lines(),
            c.kernel(),
            c.facts(),
            ImmutableSet.of());
    List<Verdict> after = engine.check(fixed.input());
    assertFalse(
        after.stream().anyMatch(a -> a.rule().equals(v.rule())),
        fix.changesText() + " removes " + v.rule().id());
    Set<String> firingBefore = before.stream().map(b -> b.rule().id()).collect(Collectors.toSet());
    List<String> raised = new ArrayList<>();
    for (Verdict a : after) {
      boolean announced =
          a.status() == Verdict.Status.UNKNOWN
              && v.caveats().stream()
                  .anyMatch(
                      k ->
                          k.fix().equals(fix)
                              && k.note().startsWith("may raise " + a.rule().id() + " "));
      if (!firingBefore.contains(a.rule().id())
          && a.status() != Verdict.Status.MITIGATED
          && !announced) {
        raised.add(a.rule().id());
      }
    }
    assertEquals(List.of(), raised, fix.changesText() + " raises nothing new");
  }

  private static Stream<Path> cases() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(CASES)) {
      walk.filter(p -> p.toString().endsWith(".config")).sorted().forEach(out::add);
    }
    return out.stream();
  }
}
