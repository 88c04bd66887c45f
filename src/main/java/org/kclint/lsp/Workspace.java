package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kclint.check.CheckSession;
import org.kclint.check.CheckedConfig;
import org.kclint.check.ConfigSource;
import org.kclint.check.ProjectSettings;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.report.Finding;
import org.kclint.rules.Severity;

/**
 * One workspace's check core, opened once for its settings: the tree read, the rules, scenarios and
 * board loaded, as {@code check} opens them; or why that failed, which every config then shows.
 */
final class Workspace {
  /** The rule id of a config that could not be checked or read. */
  static final String INPUT = "input";

  private final Optional<CheckSession> session;
  private final Optional<LoadedTree> tree;
  private final Optional<InputException> failure;

  private Workspace(
      Optional<CheckSession> session, Optional<LoadedTree> tree, Optional<InputException> failure) {
    this.session = session;
    this.tree = tree;
    this.failure = failure;
  }

  /** Opens the check core the settings describe; a failure is kept, not thrown. */
  static Workspace open(WorkspaceSettings settings) {
    List<TreeProblem> problems = new ArrayList<>();
    // Only what reading the tree says describes the Kconfig files; later notes (a board left
    // unchecked, a severity setting naming no rule) would repeat on every keystroke.
    boolean[] reading = {true};
    Consumer<String> warnings =
        w -> {
          if (reading[0]) {
            TreeProblem.ofWarning(w).ifPresent(problems::add);
          }
        };
    WorkspaceSettings merged = settings;
    try {
      ProjectSettings project = settings.projectSettings();
      merged = settings.withDefaults(project.inputs());
      CheckSession s = CheckSession.open(merged.request(project), warnings);
      reading[0] = false;
      // conf's warnings and recursive dependencies come as the session's tree findings.
      for (Finding f : s.treeFindings()) {
        problems.add(new TreeProblem(f.position(), f.severity() == Severity.ERROR, f.message()));
      }
      WorkspaceSettings read = merged;
      Optional<LoadedTree> tree =
          s.tree().map(t -> LoadedTree.of(read, Optional.of(t), s.resolver(), problems));
      return new Workspace(Optional.of(s), tree, Optional.empty());
    } catch (InputException e) {
      problems.add(new TreeProblem(e.position(), true, e.getMessage()));
      return failed(merged, problems, e);
    } catch (IllegalArgumentException e) {
      // A kernel version that is no release: the settings' fault, not a file's.
      return failed(
          merged,
          problems,
          new InputException(Position.ofLine("initializationOptions", 1), e.getMessage()));
    }
  }

  private static Workspace failed(
      WorkspaceSettings settings, List<TreeProblem> problems, InputException e) {
    Optional<LoadedTree> tree =
        settings
            .inputs()
            .kconfig()
            .map(k -> LoadedTree.of(settings, Optional.empty(), Optional.empty(), problems));
    return new Workspace(Optional.empty(), tree, Optional.of(e));
  }

  Optional<LoadedTree> tree() {
    return tree;
  }

  /**
   * What {@code check} reports for the document's text: the Kconfig checks and hazard rules, after
   * the waivers in the text and the project's severity settings and baseline.
   *
   * @param minimal read it as a defconfig ({@code conf --defconfig})
   * @param proveFixes re-resolve each fix the hazards offer (a code action's work; diagnostics
   *     after a keystroke go without, see {@link CheckSession#check(ConfigSource, boolean,
   *     boolean)})
   * @throws InputException when the text is no config
   */
  ImmutableList<Finding> check(OpenDocuments.Document doc, boolean minimal, boolean proveFixes) {
    if (failure.isPresent()) {
      InputException e = failure.get();
      return ImmutableList.of(
          Finding.of(
                  INPUT,
                  Severity.ERROR,
                  Position.ofLine(doc.path().toString(), 1),
                  "not checked: " + e.position() + ": " + e.getMessage())
              .withRelated(ImmutableList.of(e.position())));
    }
    CheckSession s = session.orElseThrow();
    CheckedConfig checked =
        s.check(ConfigSource.text(doc.path().toString(), doc.text()), minimal, proveFixes);
    return s.report(List.of(checked)).report().findings();
  }
}
