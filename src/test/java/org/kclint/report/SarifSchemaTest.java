package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.testing.Corpus;

/** The SARIF of the founding finding against the OASIS schema in ../shared/schemas. */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Error> validate(JsonNode sarif) throws IOException {
    JsonNode schemaNode =
        JSON.readTree(Files.readString(Corpus.root().resolve("schemas/sarif-schema-2.1.0.json")));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
    return schema.validate(sarif);
  }

  @Test
  void foundingFindingValidates() throws IOException {
    JsonNode sarif = JSON.readTree(new SarifFormat().render(Founding.report()));
    assertEquals(List.of(), validate(sarif));
    JsonNode result = sarif.at("/runs/0/results/0");
    assertEquals(Founding.RULE, result.at("/ruleId").asText());
    assertEquals(11, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(
        "# CONFIG_HIGHMEM is not set",
        result.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText());
    assertFalse(
        result.at("/codeFlows/0/threadFlows/1/locations").isMissingNode(),
        "one thread flow per CPU");
  }

  @Test
  void schemaCatchesABrokenReport() throws IOException {
    JsonNode sarif = JSON.readTree(new SarifFormat().render(Founding.report()));
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            sarif.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertFalse(
        validate(sarif).isEmpty(), "startLine 0 must be rejected, else the check checks nothing");
  }
}
