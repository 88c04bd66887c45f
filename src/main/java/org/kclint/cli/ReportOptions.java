package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Stack;
import org.kclint.check.BadRequest;
import org.kclint.check.CheckReport;
import org.kclint.check.CheckSession;
import org.kclint.check.CheckedConfig;
import org.kclint.check.Policy;
import org.kclint.check.ProjectSettings;
import org.kclint.check.Undecided;
import org.kclint.io.AtomicFiles;
import org.kclint.report.Report;
import org.kclint.report.ReportFormat;
import org.kclint.report.SweepSummary;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a command that finds things reports them: the format and where it goes, the severity settings
 * (the {@code .kclint} file's, then the command line's), inline waivers, the baseline, and the exit
 * code. A mixin, so that {@code check} and the sweep over many configs behave alike.
 */
final class ReportOptions {
  enum Colour {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout.")
  Optional<Path> output;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour the text format: auto (only on a terminal), always or never (default: ${DEFAULT-VALUE}).")
  String colour;

  @Option(
      names = "--severity",
      paramLabel = "RULE=LEVEL",
      description =
          "Report RULE at LEVEL: error, warning, info or off (repeatable; overrides .kclint).")
  Map<String, String> severity = new LinkedHashMap<>();

  @Option(
      names = "-Werror",
      paramLabel = "RULE",
      arity = "0..1",
      preprocessor = WerrorPreprocessor.class,
      description = {
        "-Werror: every warning is an error. -Werror=RULE: that rule's warnings only (repeatable)."
      })
  List<String> werror = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at or above LEVEL: error, warning, info, or none to never fail (default: error, or .kclint's fail-on).")
  Optional<String> failOn;

  @Option(
      names = "--undecided",
      paramLabel = "HOW",
      defaultValue = "summary",
      description =
          "Show rules that hang on unknown board facts: summary (one missing-facts note per config and board), note, warning (each rule), or off (default: ${DEFAULT-VALUE}). They never fail the run.")
  String undecided;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Accept the findings recorded in FILE; report only new ones.")
  Optional<Path> baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Record the current findings in FILE (atomically) as accepted, and exit 0.")
  Optional<Path> writeBaseline;

  /** {@code -Werror} alone means every rule; only an attached {@code =RULE} names one. */
  static final class WerrorPreprocessor implements IParameterPreprocessor {
    static final String ALL = "*";

    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
      // picocli reports " " as the separator when the value would be the next argument.
      if (!"=".equals(info.get("separator"))) {
        List<String> rules = argSpec.getValue();
        rules.add(ALL);
        return true;
      }
      return false;
    }
  }

  /**
   * Refuses an output that is also an input of the run ({@code check -o my.config my.config}
   * replaced the config with the report): a usage error before anything is read.
   */
  void refuseOverwriting(List<Path> inputs) {
    for (Optional<Path> out : List.of(output, writeBaseline)) {
      Optional<Path> input = out.flatMap(o -> AtomicFiles.sameAsInput(o, inputs));
      if (input.isPresent()) {
        throw new ParameterException(
            spec.commandLine(),
            out.get() + " is also an input of this run (" + input.get() + "); write elsewhere");
      }
    }
  }

  /**
   * The settings file's policy with the command line's on top. No baseline is read when a new one
   * is written (the file may not exist yet).
   */
  Policy policy(ProjectSettings s) {
    Set<String> rules = new LinkedHashSet<>(werror);
    boolean all = rules.remove(WerrorPreprocessor.ALL);
    Policy policy;
    try {
      policy =
          Policy.of(
              s,
              severity,
              all,
              rules,
              failOn,
              writeBaseline.isPresent() ? Optional.empty() : baseline.or(s::baseline));
    } catch (BadRequest e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return policy.withUndecided(
        Undecided.named(undecided)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "--undecided takes summary, note, warning or off")));
  }

  ReportFormat.Kind kind() {
    return usage(
        () -> ReportFormat.Kind.valueOf(format.toUpperCase(java.util.Locale.ROOT)), "--format");
  }

  private boolean colour() {
    Colour c = usage(() -> Colour.valueOf(colour.toUpperCase(java.util.Locale.ROOT)), "--color");
    return switch (c) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          output.isEmpty()
              && System.console() != null
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }

  private <T> T usage(java.util.function.Supplier<T> parse, String option) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /**
   * Writes the report of the configs {@code session} checked and returns the exit code; with {@code
   * summary}, a sweep's table on stderr too. With --write-baseline, records the findings instead.
   */
  int emit(CheckSession session, List<CheckedConfig> checked, boolean summary) {
    ReportFormat.Kind kind = kind();
    PrintWriter err = spec.commandLine().getErr();
    CheckReport result = session.report(checked);
    if (writeBaseline.isPresent()) {
      AtomicFiles.write(writeBaseline.get(), result.baseline(writeBaseline.get()));
      err.println(
          "kclint: wrote "
              + writeBaseline.get()
              + ": "
              + result.accepted().size()
              + " accepted findings");
      err.flush();
      return ExitCode.OK.code();
    }
    Report report = result.report();
    String text = kind.formatter(kind == ReportFormat.Kind.TEXT && colour()).render(report);
    if (output.isPresent()) {
      AtomicFiles.write(output.get(), text);
      err.println("kclint: wrote " + output.get() + " (" + result.tally() + ")");
      err.flush();
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    if (summary) {
      err.print(SweepSummary.table(report.inputs(), report.findings()));
      err.flush();
    }
    return report.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }
}
