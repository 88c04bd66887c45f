package org.kclint.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kclint.rules.Catalogue;
import org.kclint.rules.Fix;
import org.kclint.rules.Reference;
import org.kclint.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kclint explain RULE}: one rule's page, everything its file says. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Print one hazard rule in full: condition, fixes, references, scenario and explanation.",
    footer = {"", "Example:", "  kclint explain smp-highmem-no-hw-tlb-bcast-kmap-deadlock"})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RulePacks packs;

  @Parameters(paramLabel = "RULE", description = "A rule id, as `kclint rules` lists them.")
  String id;

  @Override
  public Integer call() {
    Catalogue catalogue = packs.catalogue();
    Rule rule =
        catalogue
            .rule(id)
            .orElseThrow(
                () -> new ParameterException(spec.commandLine(), "no rule named " + id + "; `kclint rules` lists them"));
    spec.commandLine().getOut().print(page(rule));
    spec.commandLine().getOut().flush();
    return 0;
  }

  static String page(Rule r) {
    StringBuilder out = new StringBuilder();
    out.append(r.id()).append(" (").append(r.severity().spelling()).append(", ").append(r.area()).append(")\n");
    out.append("  ").append(r.summary()).append("\n\n");
    line(out, "Kernels", r.kernelsText());
    line(out, "Fires when", r.when().toString());
    r.latent().ifPresent(c -> line(out, "Latent unless", c.expr() + "\n" + " ".repeat(16) + "(otherwise: " + c.reason() + ")"));
    r.mitigated().ifPresent(c -> line(out, "Mitigated when", c.expr() + "\n" + " ".repeat(16) + "(" + c.reason() + ")"));
    line(out, "Blames", r.blame().stream().map(s -> "CONFIG_" + s).collect(Collectors.joining(", ")));
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
