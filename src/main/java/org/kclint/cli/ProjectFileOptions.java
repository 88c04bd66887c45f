package org.kclint.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.kclint.check.ProjectSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which {@code .kclint} a command reads its defaults from: the nearest one above the first file it
 * is given (else above the working directory), the one {@code --settings} names, or none. A mixin,
 * so that every command finds and names the file as {@code check} does.
 */
final class ProjectFileOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      description =
          "Read settings from FILE instead of the .kclint found upward from the first file given "
              + "(else from the working directory).")
  Optional<Path> settingsFile = Optional.empty();

  @Option(names = "--no-settings", description = "Ignore .kclint files.")
  boolean noSettings;

  private ProjectSettings settings;

  /**
   * The settings that govern {@code first} (the first config or file the command reads; empty: the
   * working directory), read once.
   *
   * @throws org.kclint.diag.InputException when the file is wrong, at the line that is
   */
  ProjectSettings settings(Optional<Path> first) {
    if (settings == null) {
      Optional<Path> file =
          noSettings
              ? Optional.empty()
              : settingsFile.or(
                  () -> ProjectSettings.find(first.orElse(Path.of(ProjectSettings.FILE_NAME))));
      settings = file.map(ProjectSettings::read).orElse(ProjectSettings.NONE);
      // A file found upward changes what the run does: say so, as a compiler names its specs.
      file.ifPresent(f -> spec.commandLine().getErr().println("kclint: using settings from " + f));
    }
    return settings;
  }
}
