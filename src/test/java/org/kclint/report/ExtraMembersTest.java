package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.diag.Position;
import org.kclint.rules.Severity;

/** A check's own members reach every format: JSON members, SARIF properties, text detail. */
class ExtraMembersTest {
  private static final Finding DROPPED =
      new Finding(
              "value-dropped",
              Severity.WARNING,
              new Position("board.config", 7, 1),
              Optional.of("HIGHMEM"),
              "CONFIG_HIGHMEM=y will be unset (n)",
              ImmutableMap.of("requested", "y", "resolved", "n"))
          .withExtra("chain", List.of("MMU=n", "set CONFIG_MMU=y"));

  private static Report report() {
    return new Report(
        "t",
        ImmutableList.of("board.config"),
        ImmutableList.of(),
        ImmutableList.of(DROPPED),
        Optional.of(Severity.ERROR));
  }

  @Test
  void jsonMembers() throws Exception {
    JsonNode f = new ObjectMapper().readTree(new JsonFormat().render(report())).at("/findings/0");
    assertEquals("y", f.get("requested").asText());
    assertEquals("n", f.get("resolved").asText());
    assertEquals("set CONFIG_MMU=y", f.at("/chain/1").asText());
    assertEquals("HIGHMEM", f.get("symbol").asText());
  }

  @Test
  void sarifProperties() throws Exception {
    JsonNode r =
        new ObjectMapper().readTree(new SarifFormat().render(report())).at("/runs/0/results/0");
    assertEquals("n", r.at("/properties/resolved").asText());
    assertEquals("warning", r.get("level").asText());
  }

  @Test
  void textDetail() {
    String text = new TextFormat(false).render(report());
    assertTrue(
        text.startsWith(
            "board.config:7:1: warning: CONFIG_HIGHMEM=y will be unset (n) [value-dropped]\n    requested: y\n    resolved: n\n    chain:\n      MMU=n\n"),
        text);
    assertTrue(text.endsWith("0 errors, 1 warning, 0 info in 1 file\n"), text);
  }

  @Test
  void colourOnlyWhenAsked() {
    assertTrue(new TextFormat(true).render(report()).contains("\u001b[1;35mwarning:\u001b[0m"));
    assertTrue(!new TextFormat(false).render(report()).contains("\u001b["));
  }

  @Test
  void extraMayNotShadowAFixedMember() {
    assertThrows(IllegalArgumentException.class, () -> DROPPED.withExtra("line", 3));
  }
}
