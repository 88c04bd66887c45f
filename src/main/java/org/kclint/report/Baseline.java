package org.kclint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
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
 * entry accepts one finding.
 */
public final class Baseline {
  static final String FORMAT = "kclint-baseline/1";
  private final ImmutableMultiset<String> accepted;

  private Baseline(ImmutableMultiset<String> accepted) {
    this.accepted = accepted;
  }

  public static String fingerprint(Finding f) {
    String key = f.rule() + "\0" + f.position().file() + "\0" + f.symbol().orElse(f.message());
    return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /** The findings the baseline does not accept, in their order. */
  public ImmutableList<Finding> newFindings(List<Finding> findings) {
    Multiset<String> left = HashMultiset.create(accepted);
    return findings.stream()
        .filter(f -> !left.remove(fingerprint(f)))
        .collect(ImmutableList.toImmutableList());
  }

  public int size() {
    return accepted.size();
  }

  /** The baseline file that accepts exactly these findings. */
  public static String render(List<Finding> findings) {
    ObjectNode root = JsonText.object();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = list.addObject();
      o.put("fingerprint", fingerprint(f));
      o.put("rule", f.rule());
      o.put("file", f.position().file());
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
    ImmutableMultiset.Builder<String> accepted = ImmutableMultiset.builder();
    for (JsonNode entry : root.get("findings")) {
      String fp = entry.path("fingerprint").asText("");
      if (fp.isEmpty()) {
        throw new InputException(top, "baseline entry without a fingerprint: " + entry);
      }
      accepted.add(fp);
    }
    return new Baseline(accepted.build());
  }
}
