package org.kclint.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.kclint.resolve.KconfigIssue;
import org.kclint.resolve.KconfigIssue.ChoiceConflict;
import org.kclint.resolve.KconfigIssue.DuplicateAssignment;
import org.kclint.resolve.KconfigIssue.InvalidValue;
import org.kclint.resolve.KconfigIssue.NotUserSettable;
import org.kclint.resolve.KconfigIssue.StaleConfig;
import org.kclint.resolve.KconfigIssue.UnknownSymbol;
import org.kclint.resolve.KconfigIssue.UnmetDependency;
import org.kclint.resolve.KconfigIssue.ValueDropped;
import org.kclint.rules.Severity;

/** The Kconfig-level checks of SPEC §3 as findings: rule ids, severities and wording. */
public final class KconfigFindings {
  /** The Kconfig-level rules, for report metadata (SARIF, JUnit). */
  public static final ImmutableList<RuleInfo> RULES =
      ImmutableList.of(
          info(
              "unknown-symbol",
              Severity.WARNING,
              "CONFIG_X is set but not defined in the tree",
              """
              The config sets a symbol that no Kconfig file of this tree defines, for the
              architecture given. conf drops such a line without a word: `make olddefconfig`
              writes a .config without it, so whatever the line meant to turn on stays off.
              Usually a typo (kclint suggests the nearest defined name), a symbol renamed or
              removed since the config was written, or one that exists only for another
              architecture."""),
          info(
              "value-dropped",
              Severity.WARNING,
              "the resolved config will not hold the value the config asks for",
              """
              conf will write a different value than the config asks for: the symbol is not
              visible (its `depends on` is not met), a `select` forces it, a `range` clamps it,
              or its choice picks another member. The finding names the failing dependency,
              each operand's value and whether you can set it, and the chain of dependencies
              back to symbols you can set; fix the dependency or drop the line."""),
          info(
              "unmet-dependency",
              Severity.WARNING,
              "a symbol is selected while its direct dependencies are unmet",
              """
              A `select` turns a symbol on although the symbol's own `depends on` is not met, the
              situation conf reports as "WARNING: unmet direct dependencies detected". The
              kernel builds code whose prerequisites are missing, which often fails to build or
              link, or misbehaves at run time. The detail repeats conf's own text."""),
          info(
              "invalid-value",
              Severity.ERROR,
              "a value of the wrong type: conf ignores it",
              """
              The value does not fit the symbol's type: not y, m or n for a bool or tristate
              (m for a bool), not a number for an int, not hexadecimal for a hex symbol. conf
              ignores the whole line and uses the default, so the config does not say what it
              appears to say."""),
          info(
              "not-user-settable",
              Severity.WARNING,
              "a value for a symbol without a prompt: the kernel computes it",
              """
              The symbol has no prompt in this tree (or none whose condition holds), so no
              config can set it: conf computes its value from defaults and selects and ignores
              the line. Set the symbols that select or imply it instead; the finding says what
              conf computes."""),
          info(
              "choice-conflict",
              Severity.WARNING,
              "more than one member of a choice set to y",
              """
              Two members of the same `choice` are set to y. Only one can be; conf keeps the
              last one it reads, so the earlier line has no effect."""),
          info(
              "duplicate-assignment",
              Severity.WARNING,
              "the same symbol assigned twice; the later one wins",
              """
              The symbol is assigned twice in the config (often after merging fragments); conf
              takes the later value. The finding points at both lines; keep the one you
              mean."""),
          info(
              "stale-config",
              Severity.INFO,
              "a symbol new to this tree the config does not set",
              """
              The tree defines a prompted symbol the config neither sets nor marks "is not set":
              the config was written for another tree, and conf will pick the default without
              asking (`make olddefconfig`) or ask (`make oldconfig`). Review the default and
              write the line down, or regenerate the config with `make olddefconfig`."""));

  private KconfigFindings() {}

  private static RuleInfo info(String id, Severity severity, String summary, String help) {
    return new RuleInfo(id, severity, summary, java.util.Optional.of(help));
  }

  public static ImmutableList<Finding> of(List<KconfigIssue> issues) {
    return issues.stream().map(KconfigFindings::finding).collect(ImmutableList.toImmutableList());
  }

  private static Finding finding(KconfigIssue issue) {
    String name = "CONFIG_" + issue.symbol();
    if (issue instanceof UnknownSymbol u) {
      return make(
          issue,
          "unknown-symbol",
          Severity.WARNING,
          name
              + " is not defined in this Kconfig tree"
              + u.suggestion().map(s -> " (did you mean CONFIG_" + s + "?)").orElse(""));
    }
    if (issue instanceof ValueDropped d) {
      Finding f =
          make(
                  issue,
                  "value-dropped",
                  Severity.WARNING,
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
              Severity.WARNING,
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
          Severity.ERROR,
          "'" + v.value() + "' is not a valid value for " + name + "; conf ignores the line");
    }
    if (issue instanceof NotUserSettable n) {
      return make(
              issue,
              "not-user-settable",
              Severity.WARNING,
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
          Severity.WARNING,
          name
              + "=y"
              + c.replaced().map(r -> " replaces CONFIG_" + r + "=y").orElse(" is a second y")
              + " in the same choice; the last one wins");
    }
    if (issue instanceof DuplicateAssignment d) {
      return make(
              issue,
              "duplicate-assignment",
              Severity.WARNING,
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
        Severity.INFO,
        name + " is new in this tree and not set by the config; conf uses " + s.value());
  }

  private static Finding make(KconfigIssue issue, String rule, Severity severity, String message) {
    return Finding.of(rule, severity, issue.position(), message).withSymbol(issue.symbol());
  }

  private static String spell(String name, String value) {
    return value.equals("n") ? "unset (n)" : name + "=" + value;
  }
}
