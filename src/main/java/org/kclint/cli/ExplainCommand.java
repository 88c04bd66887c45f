package org.kclint.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.resolve.Resolver;
import org.kclint.rules.Fix;
import org.kclint.rules.Reference;
import org.kclint.rules.Rule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kclint explain RULE|SYMBOL}: one rule's page, everything its file says; or, with a Kconfig
 * tree, a symbol's help screen as menuconfig shows it.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explain a hazard rule, or a Kconfig symbol as menuconfig does.",
    description = {
      "Print one hazard rule in full: condition, fixes, references, scenario and explanation.",
      "",
      "With --kconfig, a Kconfig symbol instead: menuconfig's help screen for it (help text, "
          + "value, type, range, each definition with prompt, dependencies and menu location, "
          + "what selects and implies it), with the values conf reads from --config (default: "
          + "the tree's defaults)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kclint explain smp-highmem-no-hw-tlb-bcast-kmap-deadlock",
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

  @Parameters(
      paramLabel = "RULE|SYMBOL",
      description =
          "A rule id, as `kclint rules` lists them, or (with --kconfig) a symbol, with or without CONFIG_.")
  String id;

  @Override
  public Integer call() {
    Optional<Rule> rule = packs.catalogue().rule(id);
    String page;
    if (rule.isPresent()) {
      page = page(rule.get());
    } else if (tree != null) {
      String name = id.startsWith("CONFIG_") ? id.substring("CONFIG_".length()) : id;
      DotConfig values =
          config != null
              ? DotConfigReader.read(config)
              : new DotConfig("(defaults)", ImmutableList.of());
      page =
          Resolver.of(tree.source().read(spec.commandLine().getErr()::println))
              .help(values, name)
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

  static String page(Rule r) {
    StringBuilder out = new StringBuilder();
    out.append(r.id())
        .append(" (")
        .append(r.severity().spelling())
        .append(", ")
        .append(r.area())
        .append(")\n");
    out.append("  ").append(r.summary()).append("\n\n");
    line(out, "Kernels", r.kernelsText());
    line(out, "Fires when", r.when().toString());
    r.latent()
        .ifPresent(
            c ->
                line(
                    out,
                    "Latent unless",
                    c.expr() + "\n" + " ".repeat(16) + "(otherwise: " + c.reason() + ")"));
    r.mitigated()
        .ifPresent(
            c ->
                line(
                    out,
                    "Mitigated when",
                    c.expr() + "\n" + " ".repeat(16) + "(" + c.reason() + ")"));
    line(
        out,
        "Blames",
        r.blame().stream().map(s -> "CONFIG_" + s).collect(Collectors.joining(", ")));
    out.append("Fixes:\n");
    for (Fix f : r.fixes()) {
      out.append("  - ").append(f.description()).append(": ").append(f.changesText()).append('\n');
    }
    out.append("References:\n");
    for (Reference ref : r.references()) {
      out.append("  - ").append(ref).append('\n');
    }
    r.scenario()
        .ifPresent(
            s ->
                line(
                    out,
                    "Scenario",
                    s.scenario()
                        + s.parameters().entrySet().stream()
                            .map(e -> e.getKey() + " = " + e.getValue())
                            .collect(Collectors.joining(", ", " (", ")"))));
    line(out, "Defined at", r.position().toString());
    out.append('\n').append(r.explanation()).append('\n');
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("%-16s%s\n", label + ":", value));
  }
}
