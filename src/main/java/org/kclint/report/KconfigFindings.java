package org.kclint.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kclint.diag.LocatedMessage;
import org.kclint.diag.Position;
import org.kclint.resolve.ConfMessage;
import org.kclint.resolve.DependencyCycle;
import org.kclint.resolve.KconfigIssue;
import org.kclint.resolve.KconfigIssue.ChoiceConflict;
import org.kclint.resolve.KconfigIssue.DuplicateAssignment;
import org.kclint.resolve.KconfigIssue.InvalidValue;
import org.kclint.resolve.KconfigIssue.NotUserSettable;
import org.kclint.resolve.KconfigIssue.StaleConfig;
import org.kclint.resolve.KconfigIssue.UnknownSymbol;
import org.kclint.resolve.KconfigIssue.UnmetDependency;
import org.kclint.resolve.KconfigIssue.ValueDropped;

/**
 * The Kconfig-level checks of SPEC §3 as findings: which check each issue is and its wording; the
 * checks' severities and descriptions are their catalogue entries ({@code
 * rules/catalogue/kconfig/}).
 */
public final class KconfigFindings {
  /** The Kconfig-level rules, for report metadata (SARIF, JUnit): their catalogue entries. */
  public static ImmutableList<RuleInfo> rules() {
    return RuleInfo.checks(RuleInfo.KCONFIG);
  }

  private KconfigFindings() {}

  /** The findings of a config's issues, made as they are consumed (see {@link FindingCap}). */
  public static Stream<Finding> of(List<KconfigIssue> issues) {
    return issues.stream().map(KconfigFindings::finding);
  }

  /**
   * What conf says about the tree itself, whatever the config: its parser's and lexer's warnings
   * (as the reader printed them), menu_finalize's warnings, then each recursive dependency with the
   * links of its chain as related lines.
   */
  public static ImmutableList<Finding> ofTree(
      List<LocatedMessage> readerWarnings,
      List<ConfMessage> menuWarnings,
      List<DependencyCycle> cycles) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (LocatedMessage w : readerWarnings) {
      out.add(parseWarning(w.position(), w.text(), Optional.empty()));
    }
    for (ConfMessage w : menuWarnings) {
      // An unnamed choice is "<choice>" in conf's words, and no symbol.
      Optional<String> symbol = Optional.of(w.symbol()).filter(n -> !n.startsWith("<"));
      out.add(parseWarning(w.position().orElseThrow(), w.text(), symbol));
    }
    for (DependencyCycle cycle : cycles) {
      if (cycle.at() == null) {
        continue;
      }
      String chain =
          cycle.chain().stream().map(DependencyCycle.Link::text).collect(Collectors.joining(", "));
      out.add(
          Finding.of(
                  "recursive-dependency",
                  RuleInfo.severityOf("recursive-dependency"),
                  cycle.at(),
                  "recursive dependency: " + chain + "; conf refuses the tree")
              .withSymbol(cycle.chain().get(0).symbol())
              .withDetail(ImmutableList.copyOf(cycle.printed().strip().split("\n")))
              .withRelated(
                  cycle.chain().stream()
                      .map(DependencyCycle.Link::position)
                      .collect(ImmutableList.toImmutableList())));
    }
    return out.build();
  }

  private static Finding parseWarning(Position at, String text, Optional<String> symbol) {
    Finding f =
        Finding.of("kconfig-parse-warning", RuleInfo.severityOf("kconfig-parse-warning"), at, text);
    return symbol.map(f::withSymbol).orElse(f);
  }

  private static Finding finding(KconfigIssue issue) {
    String name = "CONFIG_" + issue.symbol();
    if (issue instanceof UnknownSymbol u) {
      return make(
          issue,
          "unknown-symbol",
          name
              + " is not defined in this Kconfig tree"
              + u.suggestion().map(s -> " (did you mean CONFIG_" + s + "?)").orElse(""));
    }
    if (issue instanceof ValueDropped d) {
      Finding f =
          make(
                  issue,
                  "value-dropped",
                  name
                      + "="
                      + d.requested()
                      + " will be "
                      + spell(name, d.resolved())
                      + ": "
                      + d.reason()
                      + d.dependency().map(dep -> " " + dep).orElse(""))
              .withExtra("requested", d.requested())
              .withExtra("resolved", d.resolved())
              .withExtra("reason", d.reason());
      if (d.dependency().isPresent()) {
        f = f.withExtra("dependency", d.dependency().get());
      }
      if (!d.operands().isEmpty()) {
        f =
            f.withExtra(
                "operands",
                d.operands().stream()
                    .map(
                        o ->
                            ImmutableMap.of(
                                "symbol", o.symbol(), "value", o.value(), "settable", o.settable()))
                    .collect(ImmutableList.toImmutableList()));
      }
      return d.chain().isEmpty() ? f : f.withExtra("chain", d.chain());
    }
    if (issue instanceof UnmetDependency u) {
      return make(
              issue,
              "unmet-dependency",
              name
                  + " is selected by "
                  + String.join(", ", u.selectedBy())
                  + " although its dependencies are unmet: "
                  + u.dependsOn())
          .withDetail(ImmutableList.copyOf(u.confText().strip().split("\n")));
    }
    if (issue instanceof InvalidValue v) {
      return make(
          issue,
          "invalid-value",
          "'" + v.value() + "' is not a valid value for " + name + "; conf ignores the line");
    }
    if (issue instanceof NotUserSettable n) {
      return make(
              issue,
              "not-user-settable",
              name
                  + " has no prompt: the kernel ignores "
                  + name
                  + "="
                  + n.requested()
                  + " and computes "
                  + spell(name, n.resolved()))
          .withExtra("requested", n.requested())
          .withExtra("resolved", n.resolved());
    }
    if (issue instanceof ChoiceConflict c) {
      return make(
          issue,
          "choice-conflict",
          name
              + "=y"
              + c.replaced().map(r -> " replaces CONFIG_" + r + "=y").orElse(" is a second y")
              + " in the same choice; the last one wins");
    }
    if (issue instanceof DuplicateAssignment d) {
      return make(
              issue,
              "duplicate-assignment",
              name
                  + " is assigned again (first at line "
                  + d.earlier().line()
                  + "); the later value wins")
          .withRelated(ImmutableList.of(d.earlier()));
    }
    StaleConfig s = (StaleConfig) issue;
    return make(
        issue,
        "stale-config",
        name + " is new in this tree and not set by the config; conf uses " + s.value());
  }

  private static Finding make(KconfigIssue issue, String rule, String message) {
    return Finding.of(rule, RuleInfo.severityOf(rule), issue.position(), message)
        .withSymbol(issue.symbol());
  }

  private static String spell(String name, String value) {
    return value.equals("n") ? "unset (n)" : name + "=" + value;
  }
}
