package org.kclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The founding case's trace for 2 CPUs, byte for byte. After a deliberate change of the model or
 * the scenario, regenerate with {@code kclint trace --scenario kmap-ipi-deadlock -o FILE} and
 * review the difference.
 */
class TraceGoldenTest {
  static final Path TEXT = Path.of("testdata/model/kmap-ipi-deadlock-2cpus.trace");
  static final Path JSON = Path.of("testdata/model/kmap-ipi-deadlock-2cpus.json");

  private static Trace founding() {
    Exploration e = Scenarios.explore("kmap-ipi-deadlock", Map.of("cpus", "2"));
    return assertInstanceOf(Exploration.Violated.class, e).trace();
  }

  @Test
  void textTraceMatchesGolden() throws IOException {
    assertEquals(Files.readString(TEXT, StandardCharsets.UTF_8), TraceWriter.text(founding()));
  }

  @Test
  void jsonTraceMatchesGolden() throws IOException {
    assertEquals(Files.readString(JSON, StandardCharsets.UTF_8), TraceWriter.json(founding()));
  }
}
