package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.report.Finding;
import org.kclint.report.KconfigFindings;
import org.kclint.report.Report;
import org.kclint.report.ReportFormat;
import org.kclint.report.SeverityPolicy;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import org.kclint.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kclint check}: what the kernel's own tools will change in a config, and why. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Resolve IN.config as the kernel's conf would ('conf --olddefconfig', or with",
      "--defconfig 'conf --defconfig') and report where the result differs from what the",
      "config asks for: unknown-symbol, value-dropped, unmet-dependency, invalid-value,",
      "not-user-settable, choice-conflict, duplicate-assignment, stale-config.",
      "Exit code 1 when a finding is at or above --fail-on."
    },
    footer = {
      "",
      "Example:",
      "  KERNELVERSION=6.1.192 kclint check --kconfig linux-6.1 --arch arm \\",
      "      --toolchain arm-linux-gnueabihf-gcc-12.shell.tsv --format text .config"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KconfigTreeOptions tree;

  @Mixin ConfigInputOptions config;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json, sarif, junit or github (default: text).")
  String format = "text";

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "error, warning, info or off (default: ${DEFAULT-VALUE}).")
  String failOn = "error";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat.Kind kind = formatKind();
    Optional<Severity> threshold = failLevel();
    Resolver resolver = Resolver.of(tree.read(err));
    ImmutableList.Builder<Finding> all = ImmutableList.builder();
    for (Path input : config.inputs) {
      Resolution resolution = config.resolve(resolver, input, true);
      all.addAll(KconfigFindings.of(resolution.issues()));
    }
    ImmutableList<Finding> findings = all.build();
    Report report =
        new Report(
            "kclint", config.inputs.stream().map(Path::toString).collect(ImmutableList.toImmutableList()), KconfigFindings.RULES, findings,
            threshold);
    PrintWriter out = spec.commandLine().getOut();
    out.print(kind.formatter(false).render(report));
    out.flush();
    return report.failed() ? Main.EXIT_FINDINGS : 0;
  }

  /** The --fail-on level; empty for "off". */
  private Optional<Severity> failLevel() {
    try {
      return SeverityPolicy.level(failOn);
    } catch (IllegalArgumentException e) {
      throw usage("--fail-on: " + e.getMessage());
    }
  }

  private ReportFormat.Kind formatKind() {
    try {
      return ReportFormat.Kind.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--format must be text, json, sarif, junit or github, not " + format);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
