package org.kclint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kclint.report.Finding;
import org.kclint.rules.Severity;
import org.kclint.testing.ConfExpectations;

/**
 * check surfaces what conf says about a tree as findings: each of conf's warnings about the Kconfig
 * files (testdata/kconfig/diagnostics, whose expectations are conf's own stderr) is a
 * kconfig-parse-warning at its Kconfig line with conf's words; each recursive dependency is one
 * recursive-dependency error where conf reports it, the lines of its chain as related lines (in the
 * report's order, by place).
 */
class TreeFindingsTest {
  private static final Pattern WARNING = Pattern.compile("^([^:]+):(\\d+): ?warning: (.*)$");
  private static final Pattern CYCLE =
      Pattern.compile("^([^:]+):(\\d+):error: recursive dependency detected!$");
  private static final Pattern LINK = Pattern.compile("^([^:]+):(\\d+):\t.*$");

  @TestFactory
  Stream<DynamicTest> confsTreeDiagnosticsAreFindings() {
    return ConfExpectations.trees().stream()
        .filter(tree -> ConfExpectations.of(tree).kclintStatus() != 3)
        .map(tree -> DynamicTest.dynamicTest(tree.getFileName().toString(), () -> check(tree)));
  }

  private static void check(Path tree) {
    List<String> expected = new ArrayList<>();
    String[] lines = ConfExpectations.of(tree).stderr().split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher warning = WARNING.matcher(lines[i]);
      Matcher cycle = CYCLE.matcher(lines[i]);
      if (warning.matches()) {
        expected.add(
            "warning kconfig-parse-warning "
                + warning.group(1)
                + ":"
                + warning.group(2)
                + " "
                + warning.group(3));
      } else if (cycle.matches()) {
        StringBuilder related = new StringBuilder();
        for (Matcher link;
            i + 1 < lines.length && (link = LINK.matcher(lines[i + 1])).matches(); ) {
          related.append(' ').append(link.group(1)).append(':').append(link.group(2));
          i++;
        }
        expected.add(
            "error recursive-dependency " + cycle.group(1) + ":" + cycle.group(2) + related);
      }
    }
    CheckSession session =
        CheckSession.open(CheckRequest.defaults().withTree(KconfigSource.of(tree, "x86")), w -> {});
    List<String> found =
        session
            .report(List.of(session.check(ConfigSource.text("empty.config", ""))))
            .report()
            .findings()
            .stream()
            .filter(
                f ->
                    f.rule().equals("kconfig-parse-warning")
                        || f.rule().equals("recursive-dependency"))
            .map(TreeFindingsTest::describe)
            .sorted()
            .toList();
    // The report orders findings by place; conf prints in its own order.
    assertEquals(expected.stream().sorted().toList(), found);
  }

  private static String describe(Finding f) {
    String where = f.position().file() + ":" + f.position().line();
    if (f.rule().equals("recursive-dependency")) {
      StringBuilder related = new StringBuilder();
      f.related().forEach(p -> related.append(' ').append(p.file()).append(':').append(p.line()));
      return severity(f) + " " + f.rule() + " " + where + related;
    }
    return severity(f) + " " + f.rule() + " " + where + " " + f.message();
  }

  private static String severity(Finding f) {
    return f.severity() == Severity.ERROR ? "error" : "warning";
  }
}
