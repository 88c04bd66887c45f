package org.kclint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kclint.diag.Position;
import org.kclint.io.JsonText;
import org.kclint.model.Step;
import org.kclint.model.Trace;
import org.kclint.rules.Severity;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE SARIF viewers read it: the rules that fired as the
 * driver's rule metadata, each finding at its {@code .config} line, its fixes as replacements of
 * those lines, and a hazard's model trace as a code flow with one thread flow per CPU whose
 * locations are ordered by the step number.
 */
public final class SarifFormat implements ReportFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String render(Report report) {
    ObjectNode root = JsonText.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kclint");
    driver.put("version", report.toolVersion());
    driver.put("semanticVersion", report.toolVersion());
    driver.put("informationUri", RuleDocs.INFORMATION_URI);
    Map<String, Integer> index = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (Finding f : report.findings()) {
      if (!index.containsKey(f.rule())) {
        index.put(f.rule(), index.size());
        rules.add(rule(report, f));
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      results.add(result(f, index.get(f.rule())));
    }
    return JsonText.pretty(root);
  }

  private static ObjectNode rule(Report report, Finding first) {
    ObjectNode r = JsonText.object();
    r.put("id", first.rule());
    RuleInfo info =
        report
            .rule(first.rule())
            .orElse(
                new RuleInfo(
                    first.rule(), first.severity(), first.message(), java.util.Optional.empty()));
    r.putObject("shortDescription").put("text", info.summary());
    info.help().ifPresent(h -> r.putObject("help").put("text", h));
    r.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
    RuleDocs.helpUri(first.rule()).ifPresent(uri -> r.put("helpUri", uri));
    return r;
  }

  private static ObjectNode result(Finding f, int ruleIndex) {
    ObjectNode r = JsonText.object();
    r.put("ruleId", f.rule());
    r.put("ruleIndex", ruleIndex);
    r.put("level", level(f.severity()));
    r.putObject("message").put("text", message(f));
    r.putArray("locations").add(location(f.position()));
    if (!f.related().isEmpty()) {
      ArrayNode related = r.putArray("relatedLocations");
      for (int i = 0; i < f.related().size(); i++) {
        ObjectNode loc = location(f.related().get(i));
        loc.put("id", i + 1);
        related.add(loc);
      }
    }
    r.putObject("partialFingerprints").put("kclint/v1", Baseline.fingerprint(f));
    if (!f.fixes().isEmpty()) {
      ArrayNode fixes = r.putArray("fixes");
      for (SuggestedFix fix : f.fixes()) {
        fixes.add(fix(f, fix));
      }
    }
    f.trace().ifPresent(t -> r.putArray("codeFlows").add(codeFlow(t)));
    ObjectNode props = JsonText.object();
    f.symbol().ifPresent(s -> props.put("symbol", s));
    f.extra().forEach((key, value) -> props.set(key, JsonText.tree(value)));
    if (!f.references().isEmpty()) {
      ArrayNode refs = props.putArray("references");
      f.references().forEach(ref -> refs.add(ref.toString()));
    }
    if (!props.isEmpty()) {
      r.set("properties", props);
    }
    return r;
  }

  private static String message(Finding f) {
    List<String> lines = new ArrayList<>();
    lines.add(f.message());
    lines.addAll(f.detail());
    return String.join("\n", lines);
  }

  private static ObjectNode location(Position p) {
    ObjectNode loc = JsonText.object();
    ObjectNode physical = loc.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(p.file()));
    if (p.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", p.line());
      if (p.column() > 0) {
        region.put("startColumn", p.column());
      }
    }
    return loc;
  }

  /** A fix replaces the lines that set its symbols, or adds the line at the top of the file. */
  private static ObjectNode fix(Finding f, SuggestedFix fix) {
    ObjectNode o = JsonText.object();
    o.putObject("description").put("text", fix.description() + ": " + fix.changesText());
    Map<String, ArrayNode> byFile = new LinkedHashMap<>();
    ArrayNode changes = o.putArray("artifactChanges");
    for (SuggestedFix.Change c : fix.changes()) {
      String file = c.line().map(Position::file).orElse(f.position().file());
      ArrayNode replacements =
          byFile.computeIfAbsent(
              file,
              k -> {
                ObjectNode change = changes.addObject();
                change.putObject("artifactLocation").put("uri", uri(k));
                return change.putArray("replacements");
              });
      ObjectNode rep = replacements.addObject();
      if (c.line().isPresent() && c.line().get().line() > 0) {
        rep.putObject("deletedRegion").put("startLine", c.line().get().line());
        rep.putObject("insertedContent").put("text", c.configLine());
      } else {
        rep.putObject("deletedRegion")
            .put("startLine", 1)
            .put("startColumn", 1)
            .put("endColumn", 1);
        rep.putObject("insertedContent").put("text", c.configLine() + "\n");
      }
    }
    return o;
  }

  private static ObjectNode codeFlow(Trace t) {
    ObjectNode flow = JsonText.object();
    flow.putObject("message")
        .put("text", t.violation().kind().id() + ": " + t.violation().message());
    Map<String, ArrayNode> byActor = new LinkedHashMap<>();
    ArrayNode threads = flow.putArray("threadFlows");
    for (Step s : t.steps()) {
      ArrayNode locations =
          byActor.computeIfAbsent(
              s.actor(),
              actor -> {
                ObjectNode thread = threads.addObject();
                thread.put("id", actor);
                thread.putObject("message").put("text", actor + " in scenario " + t.scenario());
                return thread.putArray("locations");
              });
      ObjectNode at = locations.addObject();
      at.put("executionOrder", s.number());
      String text = s.process() + ": " + s.operation() + " -> " + s.changed();
      at.putObject("location")
          .putObject("message")
          .put("text", s.note().map(n -> text + " (" + n + ")").orElse(text));
    }
    if (t.steps().isEmpty()) {
      ObjectNode thread = threads.addObject();
      thread
          .putArray("locations")
          .addObject()
          .putObject("location")
          .putObject("message")
          .put("text", t.initialState());
    }
    return flow;
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** Relative paths stay relative (code scanning resolves them against the repository). */
  static String uri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      return p.toUri().toString();
    }
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + file, e);
    }
  }
}
