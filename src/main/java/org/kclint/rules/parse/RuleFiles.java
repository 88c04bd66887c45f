package org.kclint.rules.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ClasspathFolders;
import org.kclint.io.InputFiles;
import org.kclint.rules.Catalogue;
import org.kclint.rules.Rule;

/**
 * Loads rule files laid out as {@code <area>/<id>.rule}: the catalogue shipped in the jar (or in
 * the build's classes folder), and a project's own folders, later ones replacing earlier rules of
 * the same id.
 */
public final class RuleFiles {
  /** Where the shipped catalogue sits on the class path. */
  static final String SHIPPED = "rules/catalogue";

  private RuleFiles() {}

  public static Catalogue shipped() {
    Path root =
        ClasspathFolders.folder(SHIPPED)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the shipped rule catalogue is missing from the class path"));
    return Catalogue.of(load(List.of(root), SHIPPED));
  }

  /**
   * The ids of the shipped rules, from their file names ({@code <area>/<id>.rule}, which loading
   * enforces), without parsing them.
   */
  public static List<String> shippedIds() {
    return ClasspathFolders.folder(SHIPPED).map(RuleFiles::ruleFiles).orElse(List.of()).stream()
        .map(p -> p.getFileName().toString().replaceFirst("\\.rule$", ""))
        .toList();
  }

  /** The shipped catalogue with each folder's rules added on top, in order. */
  public static Catalogue withFolders(List<Path> folders) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    shipped().rules().forEach(r -> byId.put(r.id(), r));
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new InputException(Position.ofLine(folder.toString(), 1), "not a folder of rules");
      }
      load(List.of(folder), folder.toString()).forEach(r -> byId.put(r.id(), r));
    }
    return Catalogue.of(new ArrayList<>(byId.values()));
  }

  /**
   * Every {@code *.rule} under the roots, in path order.
   *
   * @param shownAs the prefix used in positions instead of the root's absolute path
   */
  static List<Rule> load(List<Path> roots, String shownAs) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Path root : roots) {
      for (Path file : ruleFiles(root)) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String shown = shownAs + "/" + relative;
        Rule rule = parseFile(file, shown, root.relativize(file));
        Rule earlier = byId.put(rule.id(), rule);
        if (earlier != null) {
          throw new InputException(
              rule.position(), "rule " + rule.id() + " already defined at " + earlier.position());
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private static Rule parseFile(Path file, String shown, Path relative) {
    if (relative.getNameCount() != 2) {
      throw new InputException(Position.ofLine(shown, 1), "rule files go in <area>/<id>.rule");
    }
    byte[] bytes = InputFiles.read(file, Position.ofLine(shown, 1));
    Rule rule = RuleParser.parse(bytes, shown, relative.getName(0).toString());
    String expected = rule.id() + ".rule";
    if (!relative.getFileName().toString().equals(expected)) {
      throw new InputException(
          rule.position(), "rule " + rule.id() + " belongs in a file named " + expected);
    }
    return rule;
  }

  private static List<Path> ruleFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".rule"))
          .filter(p -> !Files.isDirectory(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
