package org.kclint.model.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;
import org.kclint.model.ParamValue;
import org.kclint.model.Scenario;
import org.kclint.model.Step;
import org.kclint.model.Trace;
import org.kclint.model.TraceWriter;
import org.kclint.model.Violation;
import org.kclint.model.WaitEdge;

/**
 * Reads a trace written by {@link TraceWriter}, as text or JSON (told apart by the first
 * character), and checks it against the scenario library: the scenario must exist and the
 * parameters must fit it. Every problem is an {@link InputException} at the offending line.
 */
public final class TraceReader {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // Anything after the trace is bad input too (and would trip locate() below).
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ScenarioLibrary library;

  public TraceReader(ScenarioLibrary library) {
    this.library = library;
  }

  public Trace read(Path file) {
    String name = file.toString();
    return read(name, InputFiles.utf8(file));
  }

  /** Reads {@code text}, naming it {@code file} in diagnostics. */
  public Trace read(String file, String text) {
    return text.stripLeading().startsWith("{") ? readJson(file, text) : readText(file, text);
  }

  // ---- text ----

  private Trace readText(String file, String text) {
    List<String> lines = text.lines().toList();
    TextCursor in = new TextCursor(file, lines);
    in.expectLine(TraceWriter.TEXT_MAGIC);
    String model = in.field("model");
    int scenarioLine = in.line + 1;
    String scenarioName = in.field("scenario");
    Scenario scenario = scenario(Position.ofLine(file, scenarioLine), scenarioName);
    String summary = in.field("summary");
    int paramLine = in.line + 1;
    String params = in.field("parameters");
    Map<String, String> given = new LinkedHashMap<>();
    for (String pair : params.isBlank() ? new String[0] : params.trim().split(" +")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new InputException(
            Position.ofLine(file, paramLine), "expected name=value, found '" + pair + "'");
      }
      given.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    ImmutableMap<String, ParamValue> parameters =
        parameters(Position.ofLine(file, paramLine), scenario, given);
    String initial = in.field("initial");
    in.expectLine("");
    in.next("the step table header");
    List<Step> steps = new ArrayList<>();
    String line;
    while (!(line = in.next("a step or a blank line")).isEmpty()) {
      String[] cols = line.split(java.util.regex.Pattern.quote(TraceWriter.SEPARATOR), -1);
      if (cols.length != 6) {
        throw in.error("a step has 6 columns separated by '" + TraceWriter.SEPARATOR.trim() + "'");
      }
      int number = stepNumber(Position.ofLine(file, in.line), cols[0].trim(), steps.size() + 1);
      String note = cols[5].trim();
      steps.add(
          new Step(
              number,
              cols[1].trim(),
              cols[2].trim(),
              cols[3].trim(),
              note.equals("-") ? Optional.empty() : Optional.of(note),
              cols[4].trim()));
    }
    Violation.Kind kind = kind(Position.ofLine(file, in.line + 1), in.field("violation"));
    String message = in.next("the violation message").trim();
    List<WaitEdge> edges = new ArrayList<>();
    if (in.more() && in.peek().equals("wait-for:")) {
      in.next("wait-for:");
      while (in.more()) {
        String edge = in.next("a wait-for edge").trim();
        int arrow = edge.indexOf(TraceWriter.ARROW);
        int colon = edge.indexOf(": ", Math.max(arrow, 0));
        if (arrow < 0 || colon < 0) {
          throw in.error("expected 'waiter -> holder: reason'");
        }
        edges.add(
            new WaitEdge(
                edge.substring(0, arrow),
                edge.substring(arrow + TraceWriter.ARROW.length(), colon),
                edge.substring(colon + 2)));
      }
    }
    if (in.more()) {
      in.next("");
      throw in.error("unexpected text after the violation");
    }
    return new Trace(
        model,
        scenario.name(),
        summary,
        initial,
        parameters,
        ImmutableList.copyOf(steps),
        new Violation(kind, message, ImmutableList.copyOf(edges)));
  }

  /** Reads a text trace line by line, keeping the 1-based number of the last line read. */
  private static final class TextCursor {
    private final String file;
    private final List<String> lines;
    int line;

    TextCursor(String file, List<String> lines) {
      this.file = file;
      this.lines = lines;
    }

    boolean more() {
      return line < lines.size();
    }

    String peek() {
      return lines.get(line);
    }

    String next(String what) {
      if (!more()) {
        throw new InputException(
            Position.ofLine(file, line + 1), "trace ends early; expected " + what);
      }
      return lines.get(line++);
    }

    void expectLine(String expected) {
      String got = next(expected.isEmpty() ? "a blank line" : "'" + expected + "'");
      if (!got.equals(expected)) {
        throw error(expected.isEmpty() ? "expected a blank line" : "expected '" + expected + "'");
      }
    }

    String field(String name) {
      String got = next("'" + name + ":'");
      if (!got.startsWith(name + ":")) {
        throw error("expected '" + name + ": ...'");
      }
      return got.substring(name.length() + 1).trim();
    }

    InputException error(String message) {
      return new InputException(Position.ofLine(file, line), message);
    }
  }

  // ---- JSON ----

  private record JsonTrace(
      String model,
      String scenario,
      String summary,
      String initial,
      Map<String, Object> parameters,
      List<JsonStep> steps,
      JsonViolation violation) {}

  private record JsonStep(
      int step, String actor, String process, String operation, String note, String changed) {}

  private record JsonViolation(String kind, String message, List<JsonEdge> waitFor) {}

  private record JsonEdge(String waiter, String holder, String reason) {}

  private Trace readJson(String file, String text) {
    JsonTrace t;
    try {
      t = JSON.readValue(text, JsonTrace.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Position where =
          at == null
              ? Position.ofLine(file, 1)
              : new Position(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
      throw new InputException(where, "not a kclint JSON trace: " + e.getOriginalMessage());
    }
    Map<String, Position> where = locate(file, text);
    Scenario scenario = scenario(where.get("/scenario"), t.scenario());
    Map<String, String> given = new LinkedHashMap<>();
    t.parameters().forEach((k, v) -> given.put(k, String.valueOf(v)));
    ImmutableMap<String, ParamValue> parameters =
        parameters(where.get("/parameters"), scenario, given);
    List<Step> steps = new ArrayList<>();
    for (JsonStep s : t.steps()) {
      int number = steps.size() + 1;
      if (s.step() != number) {
        throw new InputException(
            where.get("/steps/" + (number - 1) + "/step"),
            "step " + s.step() + " where step " + number + " belongs");
      }
      steps.add(
          new Step(
              number,
              s.actor(),
              s.process(),
              s.operation(),
              s.note().isEmpty() ? Optional.empty() : Optional.of(s.note()),
              s.changed()));
    }
    Violation.Kind kind = kind(where.get("/violation/kind"), t.violation().kind());
    ImmutableList<WaitEdge> edges =
        t.violation().waitFor().stream()
            .map(e -> new WaitEdge(e.waiter(), e.holder(), e.reason()))
            .collect(ImmutableList.toImmutableList());
    return new Trace(
        t.model(),
        scenario.name(),
        t.summary(),
        t.initial(),
        parameters,
        ImmutableList.copyOf(steps),
        new Violation(kind, t.violation().message(), edges));
  }

  /** The position of every value in a JSON document that parsed, by JSON pointer. */
  private static Map<String, Position> locate(String file, String text) {
    Map<String, Position> out = new HashMap<>();
    // One entry per open container: its pointer, and for arrays the next element index.
    Deque<String> paths = new ArrayDeque<>();
    Deque<int[]> nextIndex = new ArrayDeque<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        if (token.isStructEnd()) {
          paths.pop();
          nextIndex.pop();
          continue;
        }
        String pointer = "";
        if (!paths.isEmpty()) {
          int[] i = nextIndex.peek();
          pointer = paths.peek() + "/" + (i[0] >= 0 ? Integer.toString(i[0]++) : p.currentName());
        }
        JsonLocation at = p.currentTokenLocation();
        out.put(pointer, new Position(file, at.getLineNr(), at.getColumnNr()));
        if (token.isStructStart()) {
          paths.push(pointer);
          nextIndex.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("the document parsed once already", e);
    }
    return out;
  }

  // ---- shared checks ----

  private Scenario scenario(Position at, String name) {
    return library
        .find(name)
        .orElseThrow(
            () ->
                new InputException(
                    at,
                    "no scenario '" + name + "'; known: " + String.join(", ", library.names())));
  }

  private static ImmutableMap<String, ParamValue> parameters(
      Position at, Scenario scenario, Map<String, String> given) {
    try {
      ImmutableMap<String, ParamValue> values = scenario.parse(given);
      if (values.size() != scenario.parameters().size()) {
        throw new IllegalArgumentException(
            "a trace gives every parameter of "
                + scenario.name()
                + "; missing: "
                + scenario.parameters().stream()
                    .map(p -> p.name())
                    .filter(n -> !values.containsKey(n))
                    .collect(java.util.stream.Collectors.joining(", ")));
      }
      return scenario.bind(values);
    } catch (IllegalArgumentException e) {
      throw new InputException(at, e.getMessage());
    }
  }

  private static int stepNumber(Position at, String text, int expected) {
    if (!text.equals(Integer.toString(expected))) {
      throw new InputException(at, "step " + text + " where step " + expected + " belongs");
    }
    return expected;
  }

  private static Violation.Kind kind(Position at, String id) {
    return Violation.Kind.byId(id)
        .orElseThrow(() -> new InputException(at, "unknown violation kind '" + id + "'"));
  }
}
