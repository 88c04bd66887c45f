package org.kclint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kclint.check.CheckRequest;
import org.kclint.check.CheckSession;
import org.kclint.check.ConfigFixer;
import org.kclint.check.ConfigSource;
import org.kclint.diag.Suggestions;
import org.kclint.io.AtomicFiles;
import org.kclint.io.ByteText;
import org.kclint.report.RuleInfo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kclint fix}: apply the fixes check offers to a copy of a config, and show they work. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    header = "Apply the fixes check offers to a copy of a config, and prove them.",
    description = {
      "Check IN.config as check does, apply each finding's first offered fix (all findings, or "
          + "those of --rule) to a copy of its text, check the copy again and show the findings "
          + "gone. A fix rewrites the line that sets a symbol or adds one; the other lines stay "
          + "as they are. Every fix offered is already proven by re-resolving the config with it "
          + "(with --kconfig) and re-evaluating the rule.",
      "",
      "The fixed config goes to stdout, or with -o to FILE, written atomically. The input is "
          + "never written unless --in-place says so (-o naming the input is a usage error). "
          + "Exit 0 when every chosen finding is fixed, 1 when a finding has no fix or the copy "
          + "still draws it (then nothing is written), 2 on a usage error, 3 when an input "
          + "cannot be read."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint fix --kconfig linux-6.1 --arch arm --toolchain gcc-12.shell.tsv \\",
      "      --board board.dts -I linux-6.1/include .config -o fixed.config",
      "  kclint fix --rule smp-highmem-no-hw-tlb-bcast-kmap-deadlock \\",
      "      --in-place my.config"
    })
final class FixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Optional as a whole: without a tree the rules run on the values as given. */
  @ArgGroup(exclusive = false, heading = "Kconfig tree (optional):%n")
  KconfigTreeOptions tree;

  @Parameters(index = "0", paramLabel = "IN.config", description = "The config to fix.")
  Path input;

  @Option(
      names = "--rule",
      paramLabel = "ID",
      description = "Fix only the findings of this rule (repeatable; default: every finding).")
  Set<String> rules = Set.of();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the fixed config to FILE (atomically) instead of stdout.")
  Path output;

  @Option(names = "--in-place", description = "Replace IN.config with the fixed config.")
  boolean inPlace;

  @Mixin CheckOptions options;

  @Mixin ScenarioOptions scenarios = new ScenarioOptions();

  @Mixin ProjectFileOptions project;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CheckRequest request =
        options
            .request(Optional.ofNullable(tree), scenarios, project.settings(Optional.of(input)))
            .withInputs(List.of(ConfigSource.file(input)));
    Optional<Path> target = target(request.namedFiles());
    CheckSession session = CheckSession.open(request, err::println);
    Set<String> known =
        session.rules().stream().map(RuleInfo::id).collect(Collectors.toUnmodifiableSet());
    for (String id : rules) {
      if (!known.contains(id)) {
        throw new ParameterException(
            spec.commandLine(),
            "--rule: no rule named '" + id + "'; " + Suggestions.didYouMean(id, known));
      }
    }
    ConfigFixer.Outcome outcome =
        ConfigFixer.fix(
            session, ConfigSource.file(input), id -> rules.isEmpty() || rules.contains(id));
    for (ConfigFixer.Applied a : outcome.applied()) {
      err.println(
          a.finding().position()
              + ": fixed: "
              + a.fix().description()
              + ": "
              + a.fix().changesText()
              + " ["
              + a.finding().rule()
              + "]");
    }
    for (ConfigFixer.Skipped s : outcome.skipped()) {
      err.println(
          s.finding().position() + ": not fixed: " + s.reason() + " [" + s.finding().rule() + "]");
    }
    if (!outcome.proven()) {
      for (var f : outcome.remaining()) {
        err.println(
            f.position() + ": error: the fixed config still draws this finding [" + f.rule() + "]");
      }
      err.println("kclint: nothing written");
      err.flush();
      return ExitCode.FINDINGS.code();
    }
    if (target.isPresent()) {
      AtomicFiles.write(target.get(), out -> out.write(outcome.text()));
      err.println(
          "kclint: wrote "
              + target.get()
              + ": "
              + outcome.applied().size()
              + " fixes applied, the config checked again: their findings are gone");
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(ByteText.decode(outcome.text()));
      out.flush();
    }
    err.flush();
    return outcome.skipped().isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }

  /**
   * Where the fixed config goes: -o, the input with --in-place, else stdout; never another file the
   * run reads.
   */
  private Optional<Path> target(List<Path> read) {
    if (inPlace && output != null) {
      throw new ParameterException(spec.commandLine(), "give -o or --in-place, not both");
    }
    if (inPlace) {
      return Optional.of(input);
    }
    if (output != null && AtomicFiles.sameAsInput(output, List.of(input)).isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "-o " + output + " is the input " + input + "; to replace it, use --in-place");
    }
    Optional<Path> other =
        Optional.ofNullable(output).flatMap(o -> AtomicFiles.sameAsInput(o, read));
    if (other.isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "-o " + output + " is also an input of this run (" + other.get() + ")");
    }
    return Optional.ofNullable(output);
  }
}
