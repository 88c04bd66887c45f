package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format's rendering of the founding case, byte for byte, against
 * testdata/report/founding.FORMAT. After a deliberate change, regenerate with {@code mvn test
 * -Dtest=FormatGoldenTest -Dkclint.updateGolden=true} and review the diff.
 */
class FormatGoldenTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.Kind.class)
  void matchesGolden(ReportFormat.Kind kind) throws IOException {
    String actual = kind.formatter(false).render(Founding.report());
    Path golden =
        Path.of("testdata/report/founding." + kind.name().toLowerCase(java.util.Locale.ROOT));
    if (Boolean.getBoolean("kclint.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.Kind.class)
  void namesTheFoundingRuleAndItsLine(ReportFormat.Kind kind) throws IOException {
    String out = kind.formatter(false).render(Founding.report());
    assertTrue(out.contains(Founding.RULE), out);
    // CONFIG_HIGHMEM=y is line 11 of the .config
    assertTrue(out.contains("11"), out);
  }
}
