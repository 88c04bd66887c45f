package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;

/**
 * Recorded {@code $(shell,...)} results of one toolchain, with the variables they were recorded
 * under. Each result line is the command exactly as Kconfig expanded it, a TAB, and the output as
 * Kconfig's {@code shell} returns it; nothing is escaped (neither field can hold a TAB or a
 * newline). An {@code env NAME=VALUE} line (no TAB) gives a variable the tree expanded while
 * recording (CC, LD, CC_VERSION_TEXT, KERNELVERSION, ...; empty when it was not set): the commands
 * name them, so the results hold only under the same values. Profiles are recorded with {@code
 * srctree=.}, so commands that name the tree root are stored with {@code .} there.
 *
 * @param environment the variables recorded, in the order the tree first expanded them
 */
public record ToolchainProfile(
    ImmutableMap<String, String> results, ImmutableMap<String, String> environment) {
  private static final String ENV = "env ";

  public static ToolchainProfile read(Path file) {
    List<String> lines = InputFiles.utf8(file).lines().toList();
    Map<String, String> results = new LinkedHashMap<>();
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        results.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
        continue;
      }
      int equals = line.indexOf('=');
      if (!line.startsWith(ENV) || equals <= ENV.length()) {
        throw new InputException(
            new Position(file.toString(), i + 1, line.length() + 1),
            "expected a TAB between the command and its output, or 'env NAME=VALUE'");
      }
      environment.putIfAbsent(line.substring(ENV.length(), equals), line.substring(equals + 1));
    }
    return new ToolchainProfile(ImmutableMap.copyOf(results), ImmutableMap.copyOf(environment));
  }

  /**
   * The profile as its file holds it: the variables first, then the results.
   *
   * @throws IllegalArgumentException for a value or command that a line cannot hold
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    environment.forEach(
        (name, value) -> {
          if (value.contains("\n") || value.contains("\t")) {
            throw new IllegalArgumentException(
                name + " holds a TAB or a newline, which a profile line cannot record");
          }
          out.append(ENV).append(name).append('=').append(value).append('\n');
        });
    results.forEach(
        (command, result) -> out.append(command).append('\t').append(result).append('\n'));
    return out.toString();
  }

  /** The recorded output of {@code command}, if it was recorded. */
  public Optional<String> result(String command) {
    return Optional.ofNullable(results.get(command));
  }
}
