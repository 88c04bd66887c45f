package org.kclint.model.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.ClasspathFolders;
import org.kclint.io.InputFiles;
import org.kclint.model.Scenario;

/**
 * The scenarios kclint knows: those shipped in the jar under {@value #RESOURCE_DIR}, plus those of
 * directories the user gives (which win over shipped ones of the same name). A scenario's name is
 * its file name without {@value #EXTENSION}, and the file's {@code scenario} line must say the
 * same. Files are parsed on first use.
 */
public final class ScenarioLibrary {
  public static final String RESOURCE_DIR = "rules/scenarios";
  public static final String EXTENSION = ".scn";

  /** Where each scenario's text comes from, by name, sorted. */
  private final ImmutableSortedMap<String, Source> sources;

  private final Map<String, Scenario> parsed = new HashMap<>();

  private interface Source {
    String name();

    String read();
  }

  private ScenarioLibrary(SortedMap<String, Source> sources) {
    this.sources = ImmutableSortedMap.copyOfSorted(sources);
  }

  /** The shipped scenarios only. */
  public static ScenarioLibrary shipped() {
    return of(List.of());
  }

  /** The shipped scenarios and those in {@code dirs} ({@code *.scn}, not recursive). */
  public static ScenarioLibrary of(List<Path> dirs) {
    SortedMap<String, Source> sources = new TreeMap<>();
    for (String name : shippedNames()) {
      String resource = RESOURCE_DIR + "/" + name + EXTENSION;
      sources.put(
          name,
          new Source() {
            @Override
            public String name() {
              return resource;
            }

            @Override
            public String read() {
              try (InputStream in = ScenarioLibrary.class.getResourceAsStream("/" + resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(
                    "cannot read " + resource + ": " + e.getMessage(), e);
              }
            }
          });
    }
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new InputException(
            Position.ofLine(dir.toString(), 1), "not a directory of scenarios");
      }
      for (Path file : list(dir)) {
        sources.put(
            stem(file),
            new Source() {
              @Override
              public String name() {
                return file.toString();
              }

              @Override
              public String read() {
                return InputFiles.utf8(file);
              }
            });
      }
    }
    return new ScenarioLibrary(sources);
  }

  public ImmutableList<String> names() {
    return sources.keySet().asList();
  }

  /**
   * The scenario called {@code name}, or empty if there is none.
   *
   * @throws InputException if its file does not parse or names another scenario
   */
  public synchronized Optional<Scenario> find(String name) {
    Source source = sources.get(name);
    if (source == null) {
      return Optional.empty();
    }
    Scenario s = parsed.get(name);
    if (s == null) {
      s = ScenarioParser.parse(source.name(), source.read());
      if (!s.name().equals(name)) {
        throw new InputException(
            Position.ofLine(source.name(), 1),
            "file declares scenario " + s.name() + "; a scenario file is named after its scenario");
      }
      parsed.put(name, s);
    }
    return Optional.of(s);
  }

  /** Every scenario, parsed, in name order. */
  public ImmutableList<Scenario> all() {
    return names().stream()
        .map(n -> find(n).orElseThrow())
        .collect(ImmutableList.toImmutableList());
  }

  private static List<String> shippedNames() {
    return ClasspathFolders.folder(RESOURCE_DIR)
        .map(dir -> list(dir).stream().map(ScenarioLibrary::stem).toList())
        .orElse(List.of());
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - EXTENSION.length());
  }
}
