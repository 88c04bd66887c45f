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
 * Recorded {@code $(shell,...)} results of one toolchain: each line of the file is the command
 * exactly as Kconfig expanded it, a TAB, and the output as Kconfig's {@code shell} returns it.
 * Nothing is escaped (neither field can hold a TAB or a newline). Profiles are recorded with {@code
 * srctree=.}, so commands that name the tree root are stored with {@code .} there.
 */
public record ToolchainProfile(ImmutableMap<String, String> results) {

  public static ToolchainProfile read(Path file) {
    List<String> lines = InputFiles.utf8(file).lines().toList();
    Map<String, String> results = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new InputException(
            new Position(file.toString(), i + 1, line.length() + 1),
            "expected a TAB between the command and its output");
      }
      results.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
    }
    return new ToolchainProfile(ImmutableMap.copyOf(results));
  }

  /** The recorded output of {@code command}, if it was recorded. */
  public Optional<String> result(String command) {
    return Optional.ofNullable(results.get(command));
  }
}
