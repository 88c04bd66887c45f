package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.kclint.io.ByteText;
import org.kclint.report.Finding;
import org.kclint.report.SuggestedFix;

/**
 * {@code kclint fix}: the fixes the findings offer (each already proven by re-resolving and
 * re-evaluating the config with it) applied to a copy of the config's text, and the copy checked
 * again to show the findings gone. A fix rewrites the line that sets a symbol, or adds one; other
 * lines, comments and waivers stay as they are.
 */
public final class ConfigFixer {
  private ConfigFixer() {}

  /** A fix applied, with the finding it is for. */
  public record Applied(Finding finding, SuggestedFix fix) {}

  /** A finding chosen for fixing that got no fix: why. */
  public record Skipped(Finding finding, String reason) {}

  /**
   * What fixing did.
   *
   * @param text the fixed config, byte for byte as the input but for the fixed lines
   * @param applied the fixes applied, in report order
   * @param skipped the findings chosen that got none
   * @param remaining the findings of the applied fixes that the fixed config still draws; empty
   *     when every fix is shown to work
   */
  public record Outcome(
      byte[] text,
      ImmutableList<Applied> applied,
      ImmutableList<Skipped> skipped,
      ImmutableList<Finding> remaining) {

    public boolean proven() {
      return remaining.isEmpty();
    }
  }

  /**
   * Fixes the findings of {@code input} whose rule {@code rules} accepts, as the session's policy
   * reports them (a waived finding, a rule turned off or an undecided finding is left alone), each
   * with the first fix it offers that agrees with the fixes applied before it.
   */
  public static Outcome fix(CheckSession session, ConfigSource input, Predicate<String> rules) {
    CheckedConfig before = session.check(input);
    List<Finding> chosen =
        session.report(List.of(before)).report().findings().stream()
            // An undecided finding (or the note that lists them) states no hazard to fix.
            .filter(f -> f.decided() && rules.test(f.rule()))
            .toList();
    Lines lines = new Lines(ByteText.decode(input.bytes()));
    ImmutableList.Builder<Applied> applied = ImmutableList.builder();
    ImmutableList.Builder<Skipped> skipped = ImmutableList.builder();
    for (Finding f : chosen) {
      if (f.fixes().isEmpty()) {
        skipped.add(new Skipped(f, "no fix offered"));
        continue;
      }
      Optional<SuggestedFix> agreeing = f.fixes().stream().filter(lines::agrees).findFirst();
      if (agreeing.isEmpty()) {
        skipped.add(
            new Skipped(
                f,
                "its fix would undo "
                    + lines.conflict(f.fixes().get(0)).orElseThrow()
                    + ", which a fix applied before sets"));
        continue;
      }
      lines.apply(agreeing.get());
      applied.add(new Applied(f, agreeing.get()));
    }
    byte[] text = ByteText.encode(lines.text());
    ImmutableList<Applied> done = applied.build();
    CheckedConfig after = session.check(ConfigSource.text(input.name(), text));
    ImmutableList<Finding> remaining =
        done.stream()
            .map(Applied::finding)
            .filter(f -> after.findings().stream().anyMatch(g -> sameHazard(f, g)))
            .collect(ImmutableList.toImmutableList());
    return new Outcome(text, done, skipped.build(), remaining);
  }

  /** The same rule's finding on the same board: the fix did not make it go away. */
  private static boolean sameHazard(Finding fixed, Finding now) {
    return fixed.rule().equals(now.rule())
        && Objects.equals(fixed.extra().get("board"), now.extra().get("board"));
  }

  /** The config's lines as fixes rewrite them. */
  private static final class Lines {
    private final List<String> lines;
    private final boolean finalNewline;
    private final Map<String, String> set = new HashMap<>();
    private final Map<String, Integer> added = new HashMap<>();

    Lines(String text) {
      finalNewline = text.endsWith("\n");
      String body = finalNewline ? text.substring(0, text.length() - 1) : text;
      lines = text.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(body.split("\n", -1)));
    }

    /** Whether {@code fix} keeps every value an applied fix gave. */
    boolean agrees(SuggestedFix fix) {
      return conflict(fix).isEmpty();
    }

    /** The value an applied fix gave that {@code fix} would change, as a config line. */
    Optional<String> conflict(SuggestedFix fix) {
      return fix.changes().stream()
          .filter(c -> !set.getOrDefault(c.symbol(), c.value()).equals(c.value()))
          .map(c -> "CONFIG_" + c.symbol() + "=" + set.get(c.symbol()))
          .findFirst();
    }

    void apply(SuggestedFix fix) {
      for (SuggestedFix.Change c : fix.changes()) {
        set.put(c.symbol(), c.value());
        if (c.line().isPresent()) {
          lines.set(c.line().get().line() - 1, c.configLine());
        } else if (added.containsKey(c.symbol())) {
          lines.set(added.get(c.symbol()), c.configLine());
        } else {
          added.put(c.symbol(), lines.size());
          lines.add(c.configLine());
        }
      }
    }

    String text() {
      return String.join("\n", lines) + (finalNewline || !added.isEmpty() ? "\n" : "");
    }
  }
}
