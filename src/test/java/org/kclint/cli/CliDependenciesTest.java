package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line is a shell over the library: its commands turn options into requests of {@code
 * org.kclint.check} and render what comes back, through {@code check} and {@code report} only; and
 * nothing outside it depends on it.
 */
class CliDependenciesTest {
  private static final Path MAIN = Path.of("src/main/java/org/kclint");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?org\\.kclint\\.([a-z]+)\\.([A-Za-z.]+);");

  /**
   * What cli still imports besides check and report, and why: kclint's file and stream primitives
   * (io), used to put what a command renders on standard output or into its -o file; the reader
   * diagnostic Main turns into exit 3 and the stack the readers' nesting limits are measured
   * against (diag); the language server, another front end over check, which check cannot start
   * without depending on it (lsp).
   */
  private static final Set<String> REMAINING =
      Set.of(
          "FixCommand: diag.Suggestions",
          "FixCommand: io.AtomicFiles",
          "FixCommand: io.ByteText",
          "LspCommand: lsp.ServerMain",
          "Main: diag.InputException",
          "Main: diag.InputLimits",
          "Main: io.ByteWriter",
          "ManCommand: io.AtomicFiles",
          "ManCommand: io.ClasspathFolders",
          "ManCommand: io.InputFiles",
          "ReportOptions: io.AtomicFiles");

  @Test
  void cliImportsOnlyCheckAndReport() throws IOException {
    Set<String> other = new TreeSet<>();
    for (Map.Entry<Path, String> source : sources(MAIN.resolve("cli")).entrySet()) {
      Matcher m = IMPORT.matcher(source.getValue());
      while (m.find()) {
        if (!m.group(1).equals("check") && !m.group(1).equals("report")) {
          String file = source.getKey().getFileName().toString().replace(".java", "");
          other.add(file + ": " + m.group(1) + "." + m.group(2));
        }
      }
    }
    assertEquals(new TreeSet<>(REMAINING), other);
  }

  @Test
  void nothingOutsideCliImportsIt() throws IOException {
    for (Map.Entry<Path, String> source : sources(MAIN).entrySet()) {
      if (!source.getKey().startsWith(MAIN.resolve("cli"))) {
        assertFalse(
            source.getValue().contains("import org.kclint.cli."), source.getKey() + " imports cli");
      }
    }
  }

  private static Map<Path, String> sources(Path folder) throws IOException {
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        out.put(p, Files.readString(p));
      }
    }
    return out;
  }
}
