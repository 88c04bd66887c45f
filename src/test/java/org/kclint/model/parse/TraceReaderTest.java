package org.kclint.model.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kclint.diag.InputException;
import org.kclint.model.Exploration;
import org.kclint.model.ExplorationLimits;
import org.kclint.model.Explorer;
import org.kclint.model.Scenario;
import org.kclint.model.Trace;
import org.kclint.model.TraceWriter;

class TraceReaderTest {
  private static final ScenarioLibrary LIBRARY = ScenarioLibrary.shipped();
  private final TraceReader reader = new TraceReader(LIBRARY);

  private static Trace trace(String scenario, Map<String, String> params) {
    Scenario s = LIBRARY.find(scenario).orElseThrow();
    return ((Exploration.Violated) Explorer.explore(s, s.parse(params), ExplorationLimits.DEFAULT))
        .trace();
  }

  @ParameterizedTest
  @CsvSource({
    "kmap-ipi-deadlock, cpus, 3",
    "kmap-high-get-irq-deadlock, cpus, 1",
    "dma-stale-cache, cpus, 2",
    "stale-tlb-after-unmap, incompleteBroadcast, true",
  })
  void textAndJsonReadBackToTheSameTrace(String scenario, String key, String value) {
    Trace t = trace(scenario, Map.of(key, value));
    assertEquals(t, reader.read("t.trace", TraceWriter.text(t)));
    assertEquals(t, reader.read("t.json", TraceWriter.json(t)));
  }

  private String golden(String name) throws IOException {
    return Files.readString(Path.of("testdata/model/" + name));
  }

  private String error(String name, String text) {
    return assertThrows(InputException.class, () -> reader.read(name, text)).diagnostic();
  }

  @Test
  void badTextTracesAreReportedAtTheLine() throws IOException {
    String good = golden("kmap-ipi-deadlock-2cpus.trace");
    assertEquals("t:1:1: error: expected '# kclint model trace'", error("t", "hello\n"));
    assertEquals(
        "t:3:1: error: no scenario 'nope'; known: " + String.join(", ", LIBRARY.names()),
        error("t", good.replace("scenario: kmap-ipi-deadlock", "scenario: nope")));
    assertEquals(
        "t:5:1: error: parameter cpus: 9 is outside 1..8",
        error("t", good.replace("cpus=2", "cpus=9")));
    assertEquals(
        "t:5:1: error: a trace gives every parameter of kmap-ipi-deadlock; missing: cpus",
        error("t", good.replace("cpus=2 ", "")));
    assertEquals(
        "t:10:1: error: step 3 where step 2 belongs",
        error("t", good.replace("   2 | CPU0", "   3 | CPU0")));
    assertEquals(
        "t:16:1: error: unknown violation kind 'livelock'",
        error("t", good.replace("violation: deadlock", "violation: livelock")));
    assertEquals(
        "t:15:1: error: trace ends early; expected a step or a blank line",
        error("t", good.substring(0, good.indexOf("\n\nviolation")) + "\n"));
  }

  @Test
  void badJsonTracesAreReportedAtTheValue() throws IOException {
    String good = golden("kmap-ipi-deadlock-2cpus.json");
    assertEquals(
        "j:3:15: error: no scenario 'nope'; known: " + String.join(", ", LIBRARY.names()),
        error("j", good.replace("\"scenario\": \"kmap-ipi-deadlock\"", "\"scenario\": \"nope\"")));
    assertEquals(
        "j:21:15: error: step 3 where step 2 belongs",
        error("j", good.replace("\"step\": 2", "\"step\": 3")));
    assertEquals(
        "j:1:2",
        assertThrows(InputException.class, () -> reader.read("j", "{]")).position().toString());
    InputException missing =
        assertThrows(
            InputException.class,
            () -> reader.read("j", good.replace("\"summary\":", "\"summery\":")));
    // Jackson reports a missing member where its object ends.
    assertEquals("j:77:1", missing.position().toString());
    org.junit.jupiter.api.Assertions.assertTrue(
        missing.getMessage().contains("summary"), missing.getMessage());
  }
}
