package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfig.Assignment;
import org.kclint.config.DotConfig.Kind;
import org.kclint.config.DotConfigReader;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.Symbol;
import org.kclint.kconfig.SymbolType;
import org.kclint.testing.ArmKconfig;

/**
 * The findings agree with conf on every perturbed case: value-dropped names exactly the prompted
 * symbols whose input value differs from conf's output; unmet-dependency exactly the symbols conf
 * warned about; invalid-value, duplicate-assignment and choice-conflict exactly conf's "invalid
 * for", "reassigning" and "changes choice state" lines. With the tree read from its files and read
 * back from a cache entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfWarningsTest {
  private static final Pattern LINE_WARNING = Pattern.compile("^\\.config:(\\d+):warning: (.*)$");
  private static final Pattern UNMET =
      Pattern.compile("unmet direct dependencies detected for (\\S+)");

  private Resolver resolver;
  private Resolver cachedResolver;

  @BeforeAll
  void readTree() {
    resolver = Resolver.of(ArmKconfig.tree());
    cachedResolver = Resolver.of(ArmKconfig.cachedTree());
  }

  static Stream<String> perturbed() throws IOException {
    return ConfReferenceTest.perturbed();
  }

  @ParameterizedTest(name = "perturbed {0}")
  @MethodSource("perturbed")
  void findingsAgreeWithConf(String name) {
    findingsAgreeWithConf(name, resolver, ArmKconfig.tree());
  }

  @ParameterizedTest(name = "perturbed {0}, cached tree")
  @MethodSource("perturbed")
  void findingsAgreeWithConfOnTheCachedTree(String name) {
    findingsAgreeWithConf(name, cachedResolver, ArmKconfig.cachedTree());
  }

  private void findingsAgreeWithConf(String name, Resolver resolver, KconfigTree tree) {
    DotConfig input = ConfReferenceTest.olddefconfigInput("perturbed", name);
    Resolution r = resolver.check(input, Resolver.Mode.OLDDEFCONFIG);
    String warn =
        new String(
            ArmKconfig.read(ArmKconfig.references("perturbed").resolve(name + ".warn")),
            StandardCharsets.UTF_8);

    assertEquals(confLines(warn, "invalid for"), issueLines(r, KconfigIssue.InvalidValue.class));
    assertEquals(
        confLines(warn, "reassigning to symbol"),
        issueLines(r, KconfigIssue.DuplicateAssignment.class));
    assertEquals(
        confLines(warn, "changes choice state"), issueLines(r, KconfigIssue.ChoiceConflict.class));
    Set<String> unmet = new TreeSet<>();
    Matcher m = UNMET.matcher(warn);
    while (m.find()) {
      unmet.add(m.group(1));
    }
    assertEquals(unmet, issueSymbols(r, KconfigIssue.UnmetDependency.class));
    assertEquals(
        expectedDrops(input, name, tree), issueSymbols(r, KconfigIssue.ValueDropped.class));
  }

  /** "line symbol" for each conf warning whose text contains {@code marker}. */
  private static Set<String> confLines(String warn, String marker) {
    Set<String> out = new TreeSet<>();
    for (String line : warn.split("\n")) {
      Matcher m = LINE_WARNING.matcher(line);
      if (m.matches() && m.group(2).contains(marker)) {
        String text = m.group(2);
        String symbol =
            text.startsWith("override: ") && text.endsWith(" changes choice state")
                ? text.substring("override: ".length(), text.indexOf(' ', "override: ".length()))
                : text.substring(text.lastIndexOf(' ') + 1);
        out.add(m.group(1) + " " + symbol);
      }
    }
    return out;
  }

  private static Set<String> issueLines(Resolution r, Class<? extends KconfigIssue> kind) {
    Set<String> out = new TreeSet<>();
    r.issues().stream()
        .filter(kind::isInstance)
        .forEach(i -> out.add(i.position().line() + " " + i.symbol()));
    return out;
  }

  private static Set<String> issueSymbols(Resolution r, Class<? extends KconfigIssue> kind) {
    Set<String> out = new TreeSet<>();
    r.issues().stream().filter(kind::isInstance).forEach(i -> out.add(i.symbol()));
    return out;
  }

  /** Prompted symbols whose last input value differs from the value in conf's own output. */
  private static Set<String> expectedDrops(DotConfig input, String name, KconfigTree tree) {
    DotConfig output =
        DotConfigReader.parse(
            "out", ArmKconfig.read(ArmKconfig.references("perturbed").resolve(name + ".out.gz")));
    Map<String, String> written = new HashMap<>();
    for (Assignment a : output.assignments()) {
      written.put(a.name(), a.value());
    }
    Map<String, Assignment> requested = new HashMap<>();
    for (Assignment a : input.assignments()) {
      requested.put(a.name(), a);
    }
    Set<String> out = new TreeSet<>();
    requested.forEach(
        (symbolName, a) -> {
          Symbol symbol = tree.symbols().get(symbolName);
          if (symbol == null || !symbol.prompted()) {
            return;
          }
          boolean logical =
              symbol.type() == SymbolType.BOOL || symbol.type() == SymbolType.TRISTATE;
          String want = a.kind() == Kind.NOT_SET ? "n" : a.value();
          String got = written.getOrDefault(symbolName, logical ? "n" : null);
          if (logical && !want.isEmpty()) {
            want = want.substring(0, 1);
          }
          if (!want.equals(got)) {
            out.add(symbolName);
          }
        });
    return out;
  }
}
