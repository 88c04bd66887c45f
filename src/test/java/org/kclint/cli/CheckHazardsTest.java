package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} runs the hazard rules: without --kconfig on the values as given. */
class CheckHazardsTest {
  private CliRun last;

  @Test
  void withoutInputChecksTheBundledFoundingExample() {
    (last = CliRun.of("check")).exit();
    assertTrue(
        last.out().startsWith("examples/founding/arm11mpcore-smp-highmem.config:21:1: "),
        last.out());
    assertTrue(last.out().contains("[smp-highmem-no-hw-tlb-bcast-kmap-deadlock]"), last.out());
    assertTrue(last.out().endsWith("1 error, 0 warnings, 0 info in 1 file\n"), last.out());
  }

  /**
   * Without a tree the Kconfig checks do not run: a JUnit report must not list them as passed, and
   * naming one in --severity (as a settings file shared with tree runs does) is no mistake.
   */
  @Test
  void withoutATreeTheKconfigChecksAreNotReportedAsPassed() {
    CliRun junit = CliRun.of("check", "--format", "junit", "--severity", "unknown-symbol=off");
    assertEquals(ExitCode.FINDINGS.code(), junit.exit(), junit.err());
    assertFalse(junit.out().contains("name=\"unknown-symbol\""), junit.out());
    assertTrue(
        junit.out().contains("name=\"smp-highmem-no-hw-tlb-bcast-kmap-deadlock\""), junit.out());
    assertEquals("", junit.err());
  }

  @Test
  void bundledExampleIsTheDeadlockWithItsTraceFromTheBundledBoard() throws Exception {
    assertEquals(ExitCode.FINDINGS.code(), (last = CliRun.of("check", "--format", "json")).exit());
    JsonNode founding = finding(last.out(), "smp-highmem-no-hw-tlb-bcast-kmap-deadlock");
    assertEquals("error", founding.get("severity").asText(), founding.toString());
    JsonNode trace = founding.get("trace");
    assertEquals("kmap-ipi-deadlock", trace.get("scenario").asText(), trace.toString());
    assertEquals("deadlock", trace.get("violation").get("kind").asText(), trace.toString());
  }

  private static final Path FOUNDING =
      Path.of("testdata/rules/smp-highmem-no-hw-tlb-bcast-kmap-deadlock");

  /** The founding rule's positive case without its inline expectations, as a user writes it. */
  private static String positiveConfig(Path dir) throws Exception {
    Path config = dir.resolve("positive.config");
    Files.writeString(
        config,
        Files.readString(FOUNDING.resolve("positive.config")).replaceAll("\\s*# EXPECT:.*", ""));
    return config.toString();
  }

  @Test
  void boardFactsFileDecidesTheFoundingRule(@TempDir Path dir) throws Exception {
    String config = positiveConfig(dir);
    (last = CliRun.of("check", "--format", "json", config)).exit();
    JsonNode note = finding(last.out(), "missing-facts");
    assertEquals("info", note.get("severity").asText());
    assertTrue(
        note.get("detail")
            .toString()
            .contains("board.hwTlbBcast: smp-highmem-no-hw-tlb-bcast-kmap-deadlock"),
        note.toString());
    assertTrue(
        note.get("detail").toString().contains("'hwTlbBcast = true | false' in --board-facts FILE"),
        note.toString());
    (last = CliRun.of("check", "--format", "json", "--undecided=warning", config)).exit();
    JsonNode undecided = finding(last.out(), "smp-highmem-no-hw-tlb-bcast-kmap-deadlock");
    assertEquals("warning", undecided.get("severity").asText());
    assertEquals(false, undecided.get("decided").asBoolean());
    (last =
            CliRun.of(
                "check",
                "--format",
                "json",
                "--board-facts",
                FOUNDING.resolve("positive.facts").toString(),
                config))
        .exit();
    assertEquals(
        "error",
        finding(last.out(), "smp-highmem-no-hw-tlb-bcast-kmap-deadlock").get("severity").asText());
  }

  @Test
  void deviceTreeBoardDecidesTheFoundingRule(@TempDir Path dir) throws Exception {
    String config = positiveConfig(dir);
    Path board = dir.resolve("board.dts");
    Files.copy(Path.of("src/main/resources/examples/founding/arm11mpcore-board.dts"), board);
    assertEquals(
        ExitCode.FINDINGS.code(),
        (last = CliRun.of("check", "--format", "json", "--board", board.toString(), config))
            .exit());
    assertEquals(
        "error",
        finding(last.out(), "smp-highmem-no-hw-tlb-bcast-kmap-deadlock").get("severity").asText());
    Files.writeString(board, "/dts-v1/;\n/ {\n\tcpus {\n");
    assertEquals(
        ExitCode.BAD_INPUT.code(),
        (last = CliRun.of("check", "--board", board.toString(), config)).exit());
  }

  private static JsonNode finding(String json, String rule) throws Exception {
    for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " finding in " + json);
  }

  /** SMP, CPU_TLB_V6, CPU_CACHE_VIVT and HIGHMEM, written by hand for 6.1. */
  private static Path handWritten(Path dir) throws Exception {
    Path config = dir.resolve("hand.config");
    Files.writeString(
        config,
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_SMP=y\nCONFIG_CPU_TLB_V6=y\n"
            + "CONFIG_CPU_CACHE_VIVT=y\nCONFIG_HIGHMEM=y\n");
    return config;
  }

  @Test
  void handWrittenVivtConfigFailsOnSixOne(@TempDir Path dir) throws Exception {
    Path config = handWritten(dir);
    assertEquals(
        ExitCode.FINDINGS.code(),
        (last = CliRun.of("check", "--format", "json", config.toString())).exit());
    JsonNode findings = new ObjectMapper().readTree(last.out()).get("findings");
    JsonNode vivt = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals("smp-tlbv6-highmem-vivt-build-error")) {
        vivt = f;
      }
    }
    assertTrue(vivt != null, last.out());
    assertEquals("error", vivt.get("severity").asText());
    assertEquals(5, vivt.get("line").asInt());
    assertEquals("HIGHMEM", vivt.get("symbol").asText());
    assertTrue(vivt.get("fixes").size() >= 1, vivt.toString());
    assertTrue(vivt.get("references").size() >= 1, vivt.toString());
  }

  @Test
  void kernelVersionOptionOverridesTheHeader(@TempDir Path dir) throws Exception {
    Path config = handWritten(dir);
    (last = CliRun.of("check", "--kernel-version", "2.6.35", config.toString())).exit();
    assertTrue(!last.out().contains("smp-tlbv6-highmem-vivt-build-error"), last.out());
    assertEquals(
        ExitCode.USAGE.code(),
        (last = CliRun.of("check", "--kernel-version", "banana", config.toString())).exit());
  }
}
