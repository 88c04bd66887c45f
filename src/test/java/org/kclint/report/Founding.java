package org.kclint.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kclint.diag.Position;
import org.kclint.model.Trace;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.model.parse.TraceReader;
import org.kclint.rules.ConfigResolver;
import org.kclint.rules.Facts;
import org.kclint.rules.KernelVersion;
import org.kclint.rules.RuleEngine;
import org.kclint.rules.RuleValue;
import org.kclint.rules.Severity;
import org.kclint.rules.parse.RuleFiles;

/**
 * The founding case as real findings: the shipped catalogue run on testdata/report/founding.config
 * on an ARM11MPCore board, the hazard carrying the model's golden two-CPU trace.
 */
final class Founding {
  static final String CONFIG = "testdata/report/founding.config";
  static final String RULE = "smp-highmem-no-hw-tlb-bcast-kmap-deadlock";
  private static final Pattern SET = Pattern.compile("CONFIG_(\\w+)=(.*)");

  private Founding() {}

  static final Map<String, RuleValue> BOARD =
      Map.of(
          "core", new RuleValue.Str("ARM11MPCore"),
          "coreRev", new RuleValue.Str("r2p0"),
          "nCpus", new RuleValue.Num(4),
          "dtCpuNodes", new RuleValue.Num(4),
          "smpCapable", RuleValue.Y,
          "hwTlbBcast", RuleValue.N,
          "hwCacheBcast", RuleValue.N,
          "dcache", new RuleValue.Str("VIPT_NONALIASING"),
          "lpae", RuleValue.N,
          "ramBytes", new RuleValue.Num(0x20000000));

  static ImmutableList<Finding> findings() throws IOException {
    List<String> text = Files.readAllLines(Path.of(CONFIG), StandardCharsets.UTF_8);
    Map<String, String> values = new HashMap<>();
    Map<String, Position> lines = new HashMap<>();
    for (int i = 0; i < text.size(); i++) {
      Matcher m = SET.matcher(text.get(i));
      if (m.matches()) {
        values.put(m.group(1), m.group(2));
        lines.put(m.group(1), new Position(CONFIG, i + 1, 1));
      }
    }
    Facts facts = name -> Optional.ofNullable(BOARD.get(name));
    var input =
        new RuleEngine.Input(
            CONFIG,
            ConfigResolver.asGiven(name -> Optional.ofNullable(values.get(name))),
            name -> Optional.ofNullable(lines.get(name)),
            facts,
            KernelVersion.fromConfigHeader(text.get(0)));
    Trace trace =
        new TraceReader(ScenarioLibrary.shipped())
            .read(Path.of("testdata/model/kmap-ipi-deadlock-2cpus.json"));
    return new RuleEngine(RuleFiles.shipped().rules())
        .check(input).stream()
            .map(v -> HazardFindings.of(v, name -> Optional.ofNullable(lines.get(name))))
            .map(f -> f.rule().equals(RULE) ? f.withTrace(trace) : f)
            .collect(ImmutableList.toImmutableList());
  }

  static Report report(List<Finding> findings) {
    return new Report(
        "0.1.0-test",
        ImmutableList.of(CONFIG),
        RuleFiles.shipped().rules().stream()
            .map(RuleInfo::of)
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.copyOf(findings),
        Optional.of(Severity.ERROR));
  }

  static Report report() throws IOException {
    return report(findings());
  }
}
