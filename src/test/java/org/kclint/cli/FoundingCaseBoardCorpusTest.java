package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/**
 * The founding case end to end on real data, as a porter runs it: a corpus defconfig with HIGHMEM
 * added, resolved by kclint against the 6.1 tree, on the board's real device tree.
 */
class FoundingCaseBoardCorpusTest {
  private static final String FOUNDING = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";

  @Test
  void realviewPb11mpOn2635IsTheDeadlockWithItsTrace(@TempDir Path dir) throws Exception {
    JsonNode f =
        only(check(dir, "realview_defconfig", "arm-realview-pb11mp.dts", "2.6.35"), FOUNDING);
    assertEquals("error", f.get("severity").asText(), f.toString());
    assertEquals("deadlock", f.get("trace").get("violation").get("kind").asText(), f.toString());
  }

  @Test
  void realviewPb11mpOn61IsMitigatedWithNoDeadlockInTheModel(@TempDir Path dir) throws Exception {
    JsonNode f =
        only(check(dir, "realview_defconfig", "arm-realview-pb11mp.dts", "6.1.192"), FOUNDING);
    assertEquals("info", f.get("severity").asText(), f.toString());
    assertTrue(!f.has("trace") || f.get("trace").isNull(), f.toString());
  }

  /**
   * The A9 broadcasts TLB maintenance, so no kmap deadlock; the one error is erratum 764369 (every
   * A9 revision), whose workaround vexpress_defconfig does not select.
   */
  @Test
  void vexpressCortexA9WithHighmemHasNoDeadlockOnlyThe764369Error(@TempDir Path dir)
      throws Exception {
    for (JsonNode f : check(dir, "vexpress_defconfig", "vexpress-v2p-ca9.dts", "6.1.192")) {
      assertTrue(!f.get("rule").asText().equals(FOUNDING), f.toString());
      if (f.get("severity").asText().equals("error")) {
        assertEquals("cortex-a9-764369-dcache-maintenance-by-mva", f.get("rule").asText());
        assertEquals("dma-stale-data", f.get("trace").get("violation").get("kind").asText());
      }
    }
  }

  /**
   * The hand-written VIVT config of CheckHazardsTest, now with the tree: kclint says which of its
   * values 6.1 does not keep (the two symbols without a prompt), and the build-error rule, run on
   * what conf would write, no longer holds.
   */
  @Test
  void handWrittenVivtConfigWithTheTreeSaysWhatSixOneDoesNotKeep(@TempDir Path dir)
      throws Exception {
    Path linux = Corpus.linux();
    Path config = dir.resolve("hand.config");
    Files.writeString(
        config,
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_SMP=y\nCONFIG_CPU_TLB_V6=y\n"
            + "CONFIG_CPU_CACHE_VIVT=y\nCONFIG_HIGHMEM=y\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                "--format",
                "json",
                "--fail-on",
                "none",
                "--kconfig",
                linux.toString(),
                "--arch",
                "arm",
                "--toolchain",
                Corpus.armToolchain().toString()));
    ArmKconfig.ENVIRONMENT.forEach((k, v) -> args.addAll(List.of("--env", k + "=" + v)));
    args.add(config.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    List<String> notKept = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
      String rule = f.get("rule").asText();
      if (rule.equals("not-user-settable")) {
        notKept.add(
            f.get("symbol").asText()
                + ":"
                + f.get("line").asInt()
                + " -> "
                + f.get("resolved").asText());
      }
      assertTrue(!rule.equals("smp-tlbv6-highmem-vivt-build-error"), f.toString());
    }
    assertEquals(List.of("CPU_TLB_V6:3 -> n", "CPU_CACHE_VIVT:4 -> n"), notKept);
  }

  private static JsonNode check(Path dir, String defconfig, String dts, String version)
      throws Exception {
    Path linux = Corpus.linux();
    Path config = dir.resolve(defconfig + "+highmem");
    Files.writeString(
        config,
        Files.readString(linux.resolve("arch/arm/configs/" + defconfig)) + "CONFIG_HIGHMEM=y\n");
    Path dtsDir = linux.resolve("arch/arm/boot/dts");
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                "--format",
                "json",
                "--kconfig",
                linux.toString(),
                "--arch",
                "arm",
                "--toolchain",
                Corpus.armToolchain().toString(),
                "--defconfig",
                "--board",
                dtsDir.resolve(dts).toString(),
                "-I",
                linux.resolve("include").toString(),
                "-I",
                dtsDir.toString(),
                "-I",
                linux.resolve("scripts/dtc/include-prefixes").toString(),
                "--kernel-version",
                version));
    ArmKconfig.ENVIRONMENT.forEach((k, v) -> args.addAll(List.of("--env", k + "=" + v)));
    args.add(config.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    run.exit();
    return new ObjectMapper().readTree(run.out()).get("findings");
  }

  private static JsonNode only(JsonNode findings, String rule) {
    JsonNode found = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals(rule)) {
        assertTrue(found == null, "two " + rule + " findings: " + findings);
        found = f;
      }
    }
    assertTrue(found != null, "no " + rule + " finding in " + findings);
    return found;
  }
}
