package org.kclint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** kclint's own JSON formats against the schemas it ships (src/main/resources/schemas). */
public final class Schemas {
  private static final String BASE = "https://kclint.org/schemas/";
  private static final String REPORT = "kclint-report.schema.json";
  private static final String TRACE = "kclint-trace.schema.json";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemas(Map.of(BASE + REPORT, shipped(REPORT), BASE + TRACE, shipped(TRACE))));

  private Schemas() {}

  /** What is wrong with a {@code check --format json} report; empty when it conforms. */
  public static List<Error> report(JsonNode report) {
    return schema(REPORT).validate(report);
  }

  /** What is wrong with a JSON trace; empty when it conforms. */
  public static List<Error> trace(JsonNode trace) {
    return schema(TRACE).validate(trace);
  }

  private static Schema schema(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
  }

  private static String shipped(String name) {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream("schemas/" + name)) {
      if (in == null) {
        throw new IllegalStateException("schema " + name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
