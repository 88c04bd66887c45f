package org.kclint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kclint.diag.Position;
import org.kclint.io.JsonText;
import org.kclint.model.TraceWriter;
import org.kclint.rules.Reference;
import org.kclint.rules.Severity;

/**
 * The shape SPEC §5 fixes for every command: {@code {"findings":[{"rule", "severity", "file",
 * "line", "column", "symbol", "message", …}]}}, members present only where the finding has them.
 */
public final class JsonFormat implements ReportFormat {

  @Override
  public String render(Report report) {
    ObjectNode root = JsonText.object();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(finding(f));
    }
    ObjectNode summary = root.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(s.spelling(), report.count(s));
    }
    summary.put("failOn", report.failOn().map(Severity::spelling).orElse("none"));
    summary.put("failed", report.failed());
    return JsonText.pretty(root);
  }

  static ObjectNode finding(Finding f) {
    ObjectNode o = JsonText.object();
    o.put("rule", f.rule());
    o.put("severity", f.severity().spelling());
    o.put("file", f.position().file());
    o.put("line", f.position().line());
    o.put("column", f.position().column());
    f.symbol().ifPresent(s -> o.put("symbol", s));
    o.put("message", f.message());
    if (!f.detail().isEmpty()) {
      ArrayNode detail = o.putArray("detail");
      f.detail().forEach(detail::add);
    }
    if (!f.related().isEmpty()) {
      ArrayNode related = o.putArray("related");
      for (Position p : f.related()) {
        related.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column());
      }
    }
    if (!f.fixes().isEmpty()) {
      ArrayNode fixes = o.putArray("fixes");
      for (SuggestedFix fix : f.fixes()) {
        ObjectNode fo = fixes.addObject();
        fo.put("description", fix.description());
        ObjectNode changes = fo.putObject("changes");
        fix.changes().forEach(c -> changes.put(c.symbol(), c.value()));
      }
    }
    if (!f.references().isEmpty()) {
      ArrayNode refs = o.putArray("references");
      for (Reference r : f.references()) {
        refs.addObject()
            .put("kind", r.kind().spelling())
            .put("target", r.target())
            .put("note", r.note());
      }
    }
    RuleDocs.helpUri(f.rule()).ifPresent(uri -> o.put("help", uri));
    f.trace().ifPresent(t -> o.set("trace", TraceWriter.jsonNode(t)));
    f.extra().forEach((key, value) -> o.set(key, JsonText.tree(value)));
    return o;
  }
}
