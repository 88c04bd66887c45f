package org.kclint.rules.parse;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ClasspathFolders;
import org.kclint.io.InputFiles;
import org.kclint.rules.BuiltInCheck;
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

  private static final String RULE = ".rule";
  private static final String CHECK = ".check";

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

  /**
   * The catalogue entries of the checks made in code (the Kconfig and waiver checks), shipped
   * beside the rules as {@code <area>/<id>.check}, sorted by area and id; read once.
   */
  public static ImmutableList<BuiltInCheck> shippedChecks() {
    return ShippedChecks.ALL;
  }

  /** The entry of a shipped check. */
  public static Optional<BuiltInCheck> shippedCheck(String id) {
    return shippedChecks().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Holds the entries, read when first asked for. */
  private static final class ShippedChecks {
    static final ImmutableList<BuiltInCheck> ALL = load();

    private static ImmutableList<BuiltInCheck> load() {
      Path root =
          ClasspathFolders.folder(SHIPPED)
              .orElseThrow(() -> new IllegalStateException("the shipped catalogue is missing"));
      ImmutableList.Builder<BuiltInCheck> checks = ImmutableList.builder();
      for (Path file : files(root, CHECK)) {
        Path relative = root.relativize(file);
        String shown = SHIPPED + "/" + relative.toString().replace('\\', '/');
        BuiltInCheck check =
            RuleParser.parseCheck(
                RuleFiles.read(file, shown, relative, CHECK), shown, area(relative));
        named(check.id(), check.position(), relative, "check", CHECK);
        checks.add(check);
      }
      return checks.build();
    }
  }

  private static Rule parseFile(Path file, String shown, Path relative) {
    Rule rule = RuleParser.parse(read(file, shown, relative, RULE), shown, area(relative));
    named(rule.id(), rule.position(), relative, "rule", RULE);
    return rule;
  }

  private static byte[] read(Path file, String shown, Path relative, String extension) {
    if (relative.getNameCount() != 2) {
      throw new InputException(
          Position.ofLine(shown, 0),
          extension.substring(1) + " files go in <area>/<id>" + extension);
    }
    return InputFiles.read(file, Position.ofLine(shown, 0));
  }

  private static String area(Path relative) {
    return relative.getName(0).toString();
  }

  private static void named(
      String id, Position position, Path relative, String kind, String extension) {
    String expected = id + extension;
    if (!relative.getFileName().toString().equals(expected)) {
      throw new InputException(position, kind + " " + id + " belongs in a file named " + expected);
    }
  }

  private static List<Path> ruleFiles(Path root) {
    return files(root, RULE);
  }

  private static List<Path> files(Path root, String extension) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(extension))
          .filter(p -> !Files.isDirectory(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
