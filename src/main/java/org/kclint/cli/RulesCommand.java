package org.kclint.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.kclint.check.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kclint rules}: the checks and the hazard catalogue as a table. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    header = "List the checks and the hardware-hazard rules.",
    description =
        "List every check (the Kconfig and waiver checks) and hardware-hazard rule: id, "
            + "severity, kernel versions, area and summary.",
    footerHeading = "%nExample:%n",
    footer = {"  kclint rules", "  kclint rules --rules bsp/rules"})
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RulePacks packs;
  @Mixin ProjectFileOptions project;

  @Override
  public Integer call() {
    spec.commandLine()
        .getOut()
        .print(
            RuleBook.load(packs.withProjectPacks(project.settings(Optional.empty()).rules()))
                .table());
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
