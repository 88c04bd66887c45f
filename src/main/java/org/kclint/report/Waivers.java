package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;

/**
 * Inline waivers in a {@code .config}: a comment {@code # kclint: ignore RULE[,RULE…] reason}
 * waives those rules' findings on its own line and on the next assignment line after it (blank
 * lines and other comments, including further waivers, in between are skipped); one written before
 * the first assignment also waives those rules' findings about the whole file (a rule whose symbols
 * the config leaves to their defaults). The kernel's tools read it as an ordinary comment. A waiver
 * without a reason still applies but is itself reported ({@code waiver-without-reason}), and one
 * that waives nothing is reported as {@code unused-waiver}, so waivers do not outlive the findings
 * they were written for.
 */
public final class Waivers {
  public static final String NO_REASON = "waiver-without-reason";

  /**
   * What stands for the reason in a waiver kclint writes (an editor's "add waiver"); left as it is,
   * the waiver gives no reason.
   */
  public static final String PLACEHOLDER = "<why>";

  public static final String UNUSED = "unused-waiver";

  /** The checks waivers are subject to: their catalogue entries. */
  public static ImmutableList<RuleInfo> rules() {
    return RuleInfo.checks(RuleInfo.WAIVERS);
  }

  private static final Pattern WAIVER =
      Pattern.compile("#\\s*kclint:\\s*ignore\\s+([A-Za-z0-9_.,-]+)\\s*(.*)$");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(CONFIG_\\w+=|#\\s*CONFIG_\\w+ is not set)");

  /**
   * One waiver: the rules it names, the lines it covers, where it is written, and whether it is in
   * the file's header (before any assignment), where it covers the whole file.
   */
  record Waiver(
      ImmutableList<String> rules, String reason, Position at, int target, boolean header) {
    boolean covers(Finding f) {
      int line = f.position().line();
      return rules.contains(f.rule())
          && f.position().file().equals(at.file())
          && (f.position().wholeFile() ? header : line == at.line() || line == target);
    }
  }

  private final ImmutableList<Waiver> waivers;

  /** Where {@link #apply} files the header's waivers, which cover the findings about the file. */
  private static final int WHOLE_FILE = 0;

  private Waivers(ImmutableList<Waiver> waivers) {
    this.waivers = waivers;
  }

  /** The waivers of one {@code .config}; {@code name} is the file as findings name it. */
  public static Waivers read(String name, Path file) {
    return parse(name, InputFiles.read(file, Position.ofLine(name, 0)));
  }

  /** The waivers of a {@code .config} given as bytes (an editor's buffer). */
  public static Waivers parse(String name, byte[] bytes) {
    // Only ASCII matters here; Latin-1 reads any bytes without failing.
    List<String> lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
    List<Waiver> found = new ArrayList<>();
    // The header ends at the first assignment that is not itself a waiver line.
    int headerEnd = 0;
    while (headerEnd < lines.size()
        && (WAIVER.matcher(lines.get(headerEnd)).find()
            || !ASSIGNMENT.matcher(lines.get(headerEnd)).find())) {
      headerEnd++;
    }
    // From the end, so that each waiver finds the next assignment without a scan of its own
    // (a file of waivers only would be quadratic).
    int target = lines.size();
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = WAIVER.matcher(lines.get(i));
      if (m.find()) {
        found.add(
            new Waiver(
                ImmutableList.copyOf(m.group(1).split(",")),
                m.group(2).trim(),
                new Position(name, i + 1, m.start() + 1),
                target < lines.size() ? target + 1 : -1,
                i < headerEnd));
      }
      if (ASSIGNMENT.matcher(lines.get(i)).find()) {
        target = i;
      }
    }
    return new Waivers(ImmutableList.copyOf(found).reverse());
  }

  /** The findings no waiver covers, then the findings about the waivers themselves. */
  public ImmutableList<Finding> apply(List<Finding> findings) {
    // The waivers by the lines they cover, in file order, so that each finding looks at its
    // line's only (60,000 findings against as many waivers were quadratic).
    Map<Integer, List<Waiver>> byLine = new HashMap<>();
    for (Waiver w : waivers) {
      byLine.computeIfAbsent(w.at().line(), l -> new ArrayList<>()).add(w);
      if (w.target() > 0 && w.target() != w.at().line()) {
        byLine.computeIfAbsent(w.target(), l -> new ArrayList<>()).add(w);
      }
      if (w.header()) {
        byLine.computeIfAbsent(WHOLE_FILE, l -> new ArrayList<>()).add(w);
      }
    }
    Set<Waiver> used = new HashSet<>();
    ImmutableList.Builder<Finding> kept = ImmutableList.builder();
    for (Finding f : findings) {
      Optional<Waiver> w =
          byLine
              .getOrDefault(f.position().wholeFile() ? WHOLE_FILE : f.position().line(), List.of())
              .stream()
              .filter(x -> x.covers(f))
              .findFirst();
      w.ifPresentOrElse(used::add, () -> kept.add(f));
    }
    for (Waiver w : waivers) {
      String rules = String.join(",", w.rules());
      if (w.reason().isEmpty() || w.reason().equals(PLACEHOLDER)) {
        kept.add(
            Finding.of(
                NO_REASON,
                RuleInfo.severityOf(NO_REASON),
                w.at(),
                "waiver for "
                    + rules
                    + " gives no reason; write '# kclint: ignore "
                    + rules
                    + " "
                    + PLACEHOLDER
                    + "'"));
      }
      if (!used.contains(w)) {
        kept.add(
            Finding.of(
                UNUSED,
                RuleInfo.severityOf(UNUSED),
                w.at(),
                "waiver for " + rules + " waives nothing; remove it"));
      }
    }
    return kept.build();
  }
}
