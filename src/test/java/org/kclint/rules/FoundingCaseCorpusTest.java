package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.resolve.Resolver;
import org.kclint.rules.parse.RuleFiles;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/** The founding case on the corpus' real defconfigs, resolved by kclint. */
class FoundingCaseCorpusTest {
  private static final String FOUNDING = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
  private static final RuleEngine ENGINE = new RuleEngine(RuleFiles.shipped().rules());

  /** ARM RealView PB11MPCore as arm-realview-pb11mp.dts and the CPU facts describe it. */
  private static final Map<String, RuleValue> PB11MP =
      Map.of(
          "core", new RuleValue.Str("ARM11MPCore"),
          "nCpus", new RuleValue.Num(4),
          "dtCpuNodes", new RuleValue.Num(4),
          "smpCapable", RuleValue.Y,
          "hwTlbBcast", RuleValue.N,
          "hwCacheBcast", RuleValue.N,
          "lpae", RuleValue.N,
          "ramBytes", new RuleValue.Num(0x20000000L),
          "ramTopPhys", new RuleValue.Num(0x8fffffffL));

  private static List<Verdict> check(
      String defconfig, String extra, Map<String, RuleValue> facts, String kernel)
      throws Exception {
    Path file = Corpus.linux().resolve("arch/arm/configs").resolve(defconfig);
    String text = Files.readString(file, StandardCharsets.UTF_8) + extra;
    DotConfig input = DotConfigReader.parse(file.toString(), text);
    ConfigInput config = ConfigInput.of(input);
    KconfigResolution resolved =
        new KconfigResolution(Resolver.of(ArmKconfig.tree()), input, Resolver.Mode.DEFCONFIG);
    return ENGINE.check(
        new RuleEngine.Input(
            file.toString(),
            resolved,
            config::line,
            name -> Optional.ofNullable(facts.get(name)),
            KernelVersion.parse(kernel)));
  }

  @Test
  void realviewWithHighmemOn2635Deadlocks() throws Exception {
    List<Verdict> verdicts = check("realview_defconfig", "CONFIG_HIGHMEM=y\n", PB11MP, "2.6.35");
    Verdict v =
        verdicts.stream().filter(x -> x.rule().id().equals(FOUNDING)).findFirst().orElseThrow();
    assertEquals(Verdict.Status.HAZARD, v.status(), verdicts.toString());
    assertEquals(List.of("CONFIG_HIGHMEM=n"), v.fixes().stream().map(Fix::changesText).toList());
  }

  @Test
  void realviewWithHighmemOn61IsMitigated() throws Exception {
    List<Verdict> verdicts = check("realview_defconfig", "CONFIG_HIGHMEM=y\n", PB11MP, "6.1.192");
    Verdict v =
        verdicts.stream().filter(x -> x.rule().id().equals(FOUNDING)).findFirst().orElseThrow();
    assertEquals(Verdict.Status.MITIGATED, v.status(), verdicts.toString());
    assertTrue(v.message().contains("plain spin_lock"), v.message());
  }

  /** V2P-CA9 as vexpress-v2p-ca9.dts and the CPU facts describe it. */
  private static final Map<String, RuleValue> V2P_CA9 =
      Map.of(
          "core", new RuleValue.Str("Cortex-A9"),
          "nCpus", new RuleValue.Num(4),
          "dtCpuNodes", new RuleValue.Num(4),
          "smpCapable", RuleValue.Y,
          "hwTlbBcast", RuleValue.Y,
          "hwCacheBcast", RuleValue.Y,
          "dcache", new RuleValue.Str("PIPT"),
          "lpae", RuleValue.N,
          "ramBytes", new RuleValue.Num(0x40000000L),
          "ramTopPhys", new RuleValue.Num(0x9fffffffL));

  @Test
  void handWrittenVivtConfigOn61WithoutKconfigHitsTheBuildError() {
    String text =
        "# Linux/arm 6.1.192 Kernel Configuration\nCONFIG_SMP=y\nCONFIG_CPU_TLB_V6=y\n"
            + "CONFIG_CPU_CACHE_VIVT=y\nCONFIG_HIGHMEM=y\n";
    ConfigInput config = ConfigInput.of(DotConfigReader.parse("hand.config", text));
    List<Verdict> verdicts =
        ENGINE.check(
            new RuleEngine.Input(
                "hand.config",
                ConfigResolver.asGiven(config.symbols()),
                config::line,
                Facts.NONE,
                config.headerVersion()));
    Verdict v =
        verdicts.stream()
            .filter(x -> x.rule().id().equals("smp-tlbv6-highmem-vivt-build-error"))
            .findFirst()
            .orElseThrow();
    assertEquals(Verdict.Status.HAZARD, v.status());
    assertEquals("hand.config:5:1", v.position().toString());
  }

  @Test
  void vexpressCortexA9WithHighmemHasOnlyTheMissing764369Workaround() throws Exception {
    List<Verdict> verdicts = check("vexpress_defconfig", "CONFIG_HIGHMEM=y\n", V2P_CA9, "6.1.192");
    // No kmap deadlock (the A9 broadcasts TLB maintenance); the one hazard is 764369, which hits
    // every A9 revision and which vexpress_defconfig does not work around. The rest is what the
    // facts cannot say: the core and L2 revisions and the firmware's settings.
    assertEquals(
        List.of(
            "pl310-588369-clean-invalidate-keeps-clean-lines UNKNOWN [board.l2Cache, board.l2CacheRev]",
            "pl310-727915-background-clean-invalidate-loses-writes UNKNOWN [board.l2Cache, board.l2CacheRev]",
            "pl310-769419-store-buffer-not-drained UNKNOWN [board.l2Cache, board.l2CacheRev]",
            "cortex-a9-751472-multiplatform-needs-firmware UNKNOWN [board.coreRev, board.firmwareAppliedDiag751472]",
            "cortex-a9-754322-asid-switch-utlb UNKNOWN [board.coreRev]",
            "cortex-a9-754327-store-buffer-no-drain UNKNOWN [board.coreRev]",
            "cortex-a9-764369-dcache-maintenance-by-mva HAZARD []",
            "cortex-a9-775420-aborting-cache-maintenance-deadlock UNKNOWN [board.coreRev]",
            "cortex-a9-a5-actlr-smp-fw-not-set UNKNOWN [board.bootsNonSecure, board.firmwareSetsActlrSmpFw]"),
        verdicts.stream().map(x -> x.rule().id() + " " + x.status() + " " + x.missing()).toList());
  }
}
