package org.kclint.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kclint.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kclint rules}: the hazard catalogue as a table. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    header = "List the hardware-hazard rules.",
    description =
        "List the hardware-hazard rules: id, severity, kernel versions, area and summary.",
    footerHeading = "%nExample:%n",
    footer = {"  kclint rules", "  kclint rules --rules bsp/rules"})
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RulePacks packs;

  @Override
  public Integer call() {
    List<Rule> rules = packs.catalogue().rules();
    String[] header = {"ID", "SEVERITY", "KERNELS", "AREA", "SUMMARY"};
    int[] width = new int[4];
    for (int i = 0; i < 4; i++) {
      width[i] = header[i].length();
    }
    for (Rule r : rules) {
      String[] row = row(r);
      for (int i = 0; i < 4; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, header, width);
    for (Rule r : rules) {
      appendRow(out, row(r), width);
    }
    out.append(rules.size()).append(" rules\n");
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }

  private static String[] row(Rule r) {
    return new String[] {r.id(), r.severity().spelling(), r.kernelsText(), r.area(), r.summary()};
  }

  private static void appendRow(StringBuilder out, String[] cells, int[] width) {
    for (int i = 0; i < 4; i++) {
      out.append(String.format("%-" + width[i] + "s  ", cells[i]));
    }
    out.append(cells[4]).append('\n');
  }
}
