package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kclint.model.parse.TraceReader;

/**
 * Golden traces under testdata/model: each is what exploring its scenario with its parameters
 * writes today, byte for byte, and each replays. After a deliberate change of the model or a
 * scenario, regenerate with {@code kclint trace --scenario NAME [--param K=V]... [--format json] -o
 * FILE} and review the difference.
 */
class TraceGoldenTest {
  static final Path DIR = Path.of("testdata/model");
  static final Path TEXT = DIR.resolve("kmap-ipi-deadlock-2cpus.trace");
  static final Path JSON = DIR.resolve("kmap-ipi-deadlock-2cpus.json");

  static Stream<Path> goldens() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> all =
          files
              .filter(f -> f.toString().endsWith(".trace") || f.toString().endsWith(".json"))
              .sorted()
              .toList();
      return all.stream();
    }
  }

  @Test
  void theFoundingCaseHasGoldenTextAndJson() throws IOException {
    assertTrue(goldens().toList().containsAll(List.of(TEXT, JSON)));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void exploringAgainWritesTheSameBytesAndTheTraceReplays(Path golden) throws IOException {
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    Trace saved = new TraceReader(Scenarios.LIBRARY).read(golden);
    Scenario s = Scenarios.get(saved.scenario());
    Exploration e = Explorer.explore(s, saved.parameters(), ExplorationLimits.DEFAULT);
    Trace now = assertInstanceOf(Exploration.Violated.class, e).trace();
    String written =
        golden.toString().endsWith(".json") ? TraceWriter.json(now) : TraceWriter.text(now);
    assertEquals(expected, written);
    assertInstanceOf(ReplayResult.Reproduced.class, Replayer.replay(s, saved));
  }
}
