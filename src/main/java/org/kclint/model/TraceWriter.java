package org.kclint.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kclint.io.JsonText;

/**
 * Writes traces: text for people (a header, one numbered line per step with columns separated by
 * {@value #SEPARATOR}, then the violation and its wait-for cycle) and JSON for tools. Both are
 * byte-identical for equal traces and both can be read back and replayed.
 */
public final class TraceWriter {
  /** Separates the columns of a step line; no column contains it. */
  public static final String SEPARATOR = " | ";

  /** Between waiter and holder in a text trace's wait-for lines. */
  public static final String ARROW = " -> ";

  /** The first line of a text trace. */
  public static final String TEXT_MAGIC = "# kclint model trace";

  private TraceWriter() {}

  public static String text(Trace t) {
    StringBuilder b = new StringBuilder();
    b.append(TEXT_MAGIC).append('\n');
    b.append("model: ").append(t.modelVersion()).append('\n');
    b.append("scenario: ").append(t.scenario()).append('\n');
    b.append("summary: ").append(t.summary()).append('\n');
    b.append("parameters: ").append(parameters(t.parameters())).append('\n');
    b.append("initial: ").append(t.initialState()).append('\n');
    b.append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"step", "cpu", "process", "operation", "what changed", "kernel code"});
    for (Step s : t.steps()) {
      rows.add(
          new String[] {
            Integer.toString(s.number()),
            s.actor(),
            s.process(),
            s.operation(),
            s.changed(),
            s.note().orElse("-")
          });
    }
    int[] width = new int[6];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          line.append(SEPARATOR);
        }
        line.append(i == 0 ? pad(row[i], width[i], true) : pad(row[i], width[i], false));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    b.append('\n');
    Violation v = t.violation();
    b.append("violation: ").append(v.kind().id()).append('\n');
    b.append("  ").append(v.message()).append('\n');
    if (!v.waitFor().isEmpty()) {
      b.append("wait-for:\n");
      for (WaitEdge e : v.waitFor()) {
        b.append("  ").append(e.waiter()).append(ARROW).append(e.holder()).append(": ");
        b.append(e.reason()).append('\n');
      }
    }
    return b.toString();
  }

  /** {@code k=v} pairs in declaration order, as the command line takes them. */
  public static String parameters(Map<String, ParamValue> parameters) {
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().render())
        .collect(Collectors.joining(" "));
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }

  /** The trace as a JSON object: the {@code trace} member of a finding. */
  public static ObjectNode jsonNode(Trace t) {
    ObjectNode root = JsonText.object();
    root.put("model", t.modelVersion());
    root.put("scenario", t.scenario());
    root.put("summary", t.summary());
    root.put("initial", t.initialState());
    ObjectNode params = root.putObject("parameters");
    t.parameters()
        .forEach(
            (k, v) -> {
              if (v instanceof ParamValue.Bool b) {
                params.put(k, b.value());
              } else if (v instanceof ParamValue.Int i) {
                params.put(k, i.value());
              } else {
                params.put(k, v.render());
              }
            });
    ArrayNode steps = root.putArray("steps");
    for (Step s : t.steps()) {
      ObjectNode o = steps.addObject();
      o.put("step", s.number());
      o.put("actor", s.actor());
      o.put("process", s.process());
      o.put("operation", s.operation());
      o.put("note", s.note().orElse(""));
      o.put("changed", s.changed());
    }
    ObjectNode violation = root.putObject("violation");
    violation.put("kind", t.violation().kind().id());
    violation.put("message", t.violation().message());
    ArrayNode waitFor = violation.putArray("waitFor");
    for (WaitEdge e : t.violation().waitFor()) {
      ObjectNode o = waitFor.addObject();
      o.put("waiter", e.waiter());
      o.put("holder", e.holder());
      o.put("reason", e.reason());
    }
    return root;
  }

  public static String json(Trace t) {
    return JsonText.pretty(jsonNode(t));
  }
}
