package org.kclint.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.KconfigQueries;
import org.kclint.check.KconfigSource;
import org.kclint.check.ProjectSettings;
import org.kclint.check.RuleBook;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kclint explain RULE|SYMBOL}: one rule's or check's page, everything its file says; or,
 * with a Kconfig tree, a symbol's help screen as menuconfig shows it.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explain a hazard rule or check, or a Kconfig symbol as menuconfig does.",
    description = {
      "Print one hazard rule in full: condition, fixes, references, scenario and explanation; "
          + "or one check (such as value-dropped): its severity, references and explanation.",
      "",
      "With --kconfig, a Kconfig symbol instead: menuconfig's help screen for it (help text, "
          + "value, type, range, each definition with prompt, dependencies and menu location, "
          + "what selects and implies it), with the values conf reads from --config (default: "
          + "the tree's defaults)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint explain smp-highmem-no-hw-tlb-bcast-kmap-deadlock",
      "  kclint explain value-dropped",
      "  kclint explain --kconfig linux-6.1 --arch arm --toolchain tc.shell.tsv \\",
      "      --config .config HIGHMEM"
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RulePacks packs;

  /** Optional as a whole: a symbol needs a tree, a rule does not. */
  @ArgGroup(exclusive = false, heading = "Kconfig tree (to explain a symbol):%n")
  KconfigTreeOptions tree;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The .config whose values a symbol's screen shows.")
  Path config;

  @Mixin ProjectFileOptions project;

  @Parameters(
      paramLabel = "RULE|SYMBOL",
      description =
          "A rule id, as `kclint rules` lists them, or (with --kconfig) a symbol, with or without CONFIG_.")
  String id;

  @Override
  public Integer call() {
    ProjectSettings settings = project.settings(Optional.ofNullable(config));
    Optional<String> entry = RuleBook.load(packs.withProjectPacks(settings.rules())).page(id);
    Optional<KconfigSource> source =
        KconfigTreeOptions.source(spec.commandLine(), Optional.ofNullable(tree), settings.inputs());
    String page;
    if (entry.isPresent()) {
      page = entry.get();
    } else if (source.isPresent()) {
      KconfigQueries.Values values = KconfigQueries.values(Optional.ofNullable(config));
      page =
          KconfigQueries.read(source.get(), spec.commandLine().getErr()::println)
              .help(values, id)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(), "no rule and no symbol named " + id));
    } else {
      throw new ParameterException(
          spec.commandLine(),
          "no rule named " + id + "; `kclint rules` lists them (a symbol needs --kconfig)");
    }
    spec.commandLine().getOut().print(page);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
