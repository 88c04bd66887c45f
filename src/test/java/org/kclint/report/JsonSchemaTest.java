package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kclint.testing.Schemas;

/** kclint's JSON report and traces conform to the schemas shipped in the jar. */
class JsonSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode founding() throws IOException {
    return JSON.readTree(new JsonFormat().render(Founding.report()));
  }

  @Test
  void theFoundingReportWithItsTraceConforms() throws IOException {
    JsonNode report = founding();
    assertFalse(
        report.at("/findings/0/trace").isMissingNode(),
        "the report must carry a trace to check it");
    assertEquals(List.of(), Schemas.report(report));
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenTraceConforms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("testdata/model"))) {
      List<Path> traces = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertFalse(traces.isEmpty());
      return traces.stream()
          .map(
              f ->
                  DynamicTest.dynamicTest(
                      f.getFileName().toString(),
                      () -> assertEquals(List.of(), Schemas.trace(JSON.readTree(f.toFile())))));
    }
  }

  @Test
  void theSchemasRejectWhatTheyMust() throws IOException {
    JsonNode noRule = founding();
    ((ObjectNode) noRule.at("/findings/0")).remove("rule");
    assertFalse(Schemas.report(noRule).isEmpty(), "a finding without a rule");

    JsonNode badSeverity = founding();
    ((ObjectNode) badSeverity.at("/findings/0")).put("severity", "fatal");
    assertFalse(Schemas.report(badSeverity).isEmpty(), "an unknown severity");

    JsonNode unknownMember = founding();
    ((ObjectNode) unknownMember.at("/findings/0")).put("sevrity", "error");
    assertFalse(Schemas.report(unknownMember).isEmpty(), "a misspelt member");

    JsonNode badStep = founding();
    ((ObjectNode) badStep.at("/findings/0/trace/steps/0")).put("step", 0);
    assertFalse(
        Schemas.report(badStep).isEmpty(),
        "a trace step 0, through the report's $ref to the trace schema");
  }
}
