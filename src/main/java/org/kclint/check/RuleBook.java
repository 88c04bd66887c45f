package org.kclint.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kclint.report.RuleListing;
import org.kclint.rules.Catalogue;
import org.kclint.rules.parse.RuleFiles;

/**
 * Everything kclint checks, as {@code kclint rules} lists it and {@code explain} shows it: the
 * checks made in code (their shipped catalogue entries) and the rules of the shipped catalogue with
 * a project's packs on top.
 */
public final class RuleBook {
  private final Catalogue catalogue;

  private RuleBook(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The shipped catalogue with each pack's rules added on top, in order (a bad pack: exit 3). */
  public static RuleBook load(List<Path> packs) {
    return new RuleBook(packs.isEmpty() ? RuleFiles.shipped() : RuleFiles.withFolders(packs));
  }

  /** The table of every check and rule, one a line. */
  public String table() {
    return RuleListing.table(RuleFiles.shippedChecks(), catalogue.rules());
  }

  /** The page of the rule or check with this id, if there is one. */
  public Optional<String> page(String id) {
    return catalogue
        .rule(id)
        .map(RuleListing::page)
        .or(() -> RuleFiles.shippedCheck(id).map(RuleListing::page));
  }
}
