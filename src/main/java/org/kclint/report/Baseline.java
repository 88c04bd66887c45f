package org.kclint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;
import org.kclint.io.JsonText;

/**
 * Known findings a CI gate accepts, so that it fails only on new ones. A finding is known by its
 * fingerprint: rule, file and symbol (or message, for findings without a symbol), not its line, so
 * that editing other lines of the {@code .config} does not make old findings new. Each baseline
 * entry accepts one finding. The file is named relative to the baseline's folder, so that a
 * baseline written beside the config matches whatever folder kclint runs from.
 */
public final class Baseline {
  static final String FORMAT = "kclint-baseline/1";

  /** One accepted finding: its fingerprint and how the entry names it (rule, file, symbol). */
  record Entry(String fingerprint, String description) {}

  /**
   * What the baseline did to one run's findings.
   *
   * @param reported the findings it does not accept, in their order
   * @param hidden how many findings it accepted
   * @param gone the entries that accepted no finding (fixed, or no longer found): prune them
   */
  public record Outcome(ImmutableList<Finding> reported, int hidden, ImmutableList<String> gone) {}

  private final ImmutableList<Entry> entries;
  private final Path folder;

  private Baseline(ImmutableList<Entry> entries, Path folder) {
    this.entries = entries;
    this.folder = folder;
  }

  /** The fingerprint with the file as the finding names it (SARIF's partial fingerprint). */
  public static String fingerprint(Finding f) {
    return fingerprint(f, f.position().file());
  }

  private static String fingerprint(Finding f, String file) {
    String key = f.rule() + "\0" + file + "\0" + f.symbol().orElse(f.message());
    return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /**
   * The finding's file relative to {@code folder} (the baseline's), when it is a file on disk; a
   * name that is none (the bundled example, an editor's buffer) stays as it is.
   */
  private static String relative(Finding f, Path folder) {
    String file = f.position().file();
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return file;
    }
    if (!Files.exists(path)) {
      return file;
    }
    Path from = folder.toAbsolutePath().normalize();
    Path to = path.toAbsolutePath().normalize();
    return (from.getRoot().equals(to.getRoot()) ? from.relativize(to) : to)
        .toString()
        .replace('\\', '/');
  }

  /** The findings the baseline does not accept, in their order. */
  public ImmutableList<Finding> newFindings(List<Finding> findings) {
    return apply(findings).reported();
  }

  /** The findings the baseline does not accept, with what it hid and which entries went unused. */
  public Outcome apply(List<Finding> findings) {
    Multiset<String> left = HashMultiset.create();
    entries.forEach(e -> left.add(e.fingerprint()));
    // A baseline written before files were named relative to it used the name as given.
    ImmutableList<Finding> reported =
        findings.stream()
            .filter(
                f ->
                    !left.remove(fingerprint(f, relative(f, folder)))
                        && !left.remove(fingerprint(f)))
            .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<String> gone = ImmutableList.builder();
    for (Entry e : entries) {
      if (left.remove(e.fingerprint())) {
        gone.add(e.description());
      }
    }
    return new Outcome(reported, findings.size() - reported.size(), gone.build());
  }

  public int size() {
    return entries.size();
  }

  /** The text of the baseline file {@code file} that accepts exactly these findings. */
  public static String render(List<Finding> findings, Path file) {
    Path folder = folderOf(file);
    ObjectNode root = JsonText.object();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = list.addObject();
      String relative = relative(f, folder);
      o.put("fingerprint", fingerprint(f, relative));
      o.put("rule", f.rule());
      o.put("file", relative);
      f.symbol().ifPresent(s -> o.put("symbol", s));
      o.put("message", f.message());
    }
    return JsonText.pretty(root);
  }

  public static Baseline read(Path file) {
    Position top = Position.ofLine(file.toString(), 1);
    JsonNode root;
    try {
      root = JsonText.parse(InputFiles.utf8(file));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputException(
          loc == null ? top : new Position(file.toString(), loc.getLineNr(), loc.getColumnNr()),
          "not a kclint baseline: " + e.getOriginalMessage());
    }
    if (root == null
        || !FORMAT.equals(root.path("format").asText())
        || !root.path("findings").isArray()) {
      throw new InputException(
          top,
          "not a kclint baseline (expected \"format\": \""
              + FORMAT
              + "\" and a \"findings\" array); write one with check --write-baseline");
    }
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (JsonNode entry : root.get("findings")) {
      String fp = entry.path("fingerprint").asText("");
      if (fp.isEmpty()) {
        throw new InputException(top, "baseline entry without a fingerprint: " + entry);
      }
      entries.add(new Entry(fp, describe(entry, file.getParent())));
    }
    return new Baseline(entries.build(), folderOf(file));
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  /**
   * An entry as a person finds it again: rule, file (named from where the baseline was named), then
   * the symbol or else the message.
   */
  private static String describe(JsonNode entry, Path shownFolder) {
    String file = entry.path("file").asText("?");
    if (shownFolder != null && !file.startsWith("/")) {
      file = shownFolder + "/" + file;
    }
    String what =
        entry.has("symbol")
            ? "CONFIG_" + entry.path("symbol").asText()
            : entry.path("message").asText("");
    return (entry.path("rule").asText("?") + " " + file + " " + what).strip();
  }
}
