package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} runs the hazard rules: without --kconfig on the values as given. */
class CheckHazardsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void withoutInputChecksTheBundledFoundingExample() {
    run("check");
    assertTrue(
        out.toString().startsWith("examples/founding/arm11mpcore-smp-highmem.config:21:1: "),
        out.toString());
    assertTrue(out.toString().contains("[smp-highmem-no-hw-tlb-bcast-kmap-deadlock]"), out.toString());
  }

  @Test
  void handWrittenVivtConfigFailsOnSixOne(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("hand.config");
    Files.writeString(
        config,
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_SMP=y\nCONFIG_CPU_TLB_V6=y\n"
            + "CONFIG_CPU_CACHE_VIVT=y\nCONFIG_HIGHMEM=y\n");
    assertEquals(Main.EXIT_FINDINGS, run("check", "--format", "json", config.toString()));
    JsonNode findings = new ObjectMapper().readTree(out.toString()).get("findings");
    JsonNode vivt = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals("smp-tlbv6-highmem-vivt-build-error")) {
        vivt = f;
      }
    }
    assertTrue(vivt != null, out.toString());
    assertEquals("error", vivt.get("severity").asText());
    assertEquals(5, vivt.get("line").asInt());
    assertEquals("HIGHMEM", vivt.get("symbol").asText());
    assertTrue(vivt.get("fixes").size() >= 1, vivt.toString());
    assertTrue(vivt.get("references").size() >= 1, vivt.toString());
  }

  @Test
  void kernelVersionOptionOverridesTheHeader(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("old.config");
    Files.writeString(
        config,
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_SMP=y\nCONFIG_CPU_TLB_V6=y\n"
            + "CONFIG_CPU_CACHE_VIVT=y\nCONFIG_HIGHMEM=y\n");
    run("check", "--kernel-version", "2.6.35", config.toString());
    assertTrue(!out.toString().contains("smp-tlbv6-highmem-vivt-build-error"), out.toString());
    assertEquals(Main.EXIT_USAGE, run("check", "--kernel-version", "banana", config.toString()));
  }
}
