package org.kclint.board;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kclint.diag.InputException;
import org.kclint.testing.KernelConf;

/** The SoC database: its format's errors, how a board picks its SoC, and its citations. */
class SocDatabaseTest {
  private static final Pattern CITED = Pattern.compile("^(arch/\\S+?):(\\d+)(?:[-,](\\d+))?");

  /** A source outside the 6.1 tree, pinned to a commit and lines, then the words it says. */
  private static final Pattern PINNED =
      Pattern.compile(
          "^https://github\\.com/[\\w.-]+/[\\w.-]+/blob/[0-9a-f]{40}/\\S+#L\\d+(?:-L\\d+)? \\(\"(.+)\"\\)$");

  private static final Pattern REVISION = Pattern.compile("r\\d+p\\d+", Pattern.CASE_INSENSITIVE);

  @Test
  void theMostSpecificCompatibleDescribedPicksTheSoc() {
    SocDatabase db = SocDatabase.bundled();
    assertEquals(
        "ti,omap4460",
        db.pick(List.of("ti,omap4-panda-es", "ti,omap4-panda", "ti,omap4460", "ti,omap4430"))
            .orElseThrow()
            .compatible());
    assertEquals("ti,omap4", db.pick(List.of("x,board", "ti,omap4")).orElseThrow().compatible());
    assertEquals(
        "marvell,armadaxp-mv78460",
        db.pick(List.of("marvell,axp-gp", "marvell,armadaxp-mv78460", "marvell,armadaxp"))
            .orElseThrow()
            .compatible());
    assertTrue(db.pick(List.of("test,nothing")).isEmpty());
  }

  @Test
  void entriesHoldCoresRevisionsAndErrata() {
    SocDatabase.Soc ca9 = SocDatabase.bundled().all().get("arm,vexpress,v2p-ca9");
    assertEquals("r0p1", ca9.facts().get(Fact.CORE_REV).text());
    assertEquals("arm,cortex-a9 x4", ca9.cores().orElseThrow());
    assertEquals(
        List.of("ARM_ERRATA_643719", "ARM_ERRATA_720789", "PL310_ERRATA_753970"),
        List.copyOf(ca9.errata().keySet()));
    SocDatabase mixed =
        SocDatabase.parse(
            "db", "[x,soc]\ncoreRev arm,cortex-a15 = r2p0..r3p3 # c\ncoreRev = r0p5 # d\n");
    assertEquals("r2p0..r3p3", mixed.all().get("x,soc").coreRevs().get("arm,cortex-a15").text());
  }

  @Test
  void formatErrorsArePositioned() {
    InputException e =
        assertThrows(
            InputException.class, () -> SocDatabase.parse("db", "[a,b]\ncoreRev = r1p0\n"));
    assertEquals("db:2:11", e.position().toString());
    assertTrue(e.getMessage().contains("no citation"), e.getMessage());
    e =
        assertThrows(
            InputException.class, () -> SocDatabase.parse("db", "[a,b]\ncoreRev = r1 # c\n"));
    assertEquals("db:2:11", e.position().toString());
    assertTrue(e.getMessage().contains("r1p0..r1p3"), e.getMessage());
    e =
        assertThrows(
            InputException.class, () -> SocDatabase.parse("db", "[a,b]\nrevision = r1p0 # c\n"));
    assertEquals("db:2:1", e.position().toString());
    assertTrue(e.getMessage().contains("coreRev"), e.getMessage());
    e =
        assertThrows(
            InputException.class, () -> SocDatabase.parse("db", "[a,b]\nerrata = 798181 # c\n"));
    assertEquals("db:2:10", e.position().toString());
    e =
        assertThrows(
            InputException.class, () -> SocDatabase.parse("db", "[a,b]\ncores = 2 A9 # c\n"));
    assertEquals("db:2:9", e.position().toString());
    e = assertThrows(InputException.class, () -> SocDatabase.parse("db", "[a,b]\n[a,b]\n"));
    assertEquals("db:2:1", e.position().toString());
    e =
        assertThrows(
            InputException.class,
            () ->
                SocDatabase.parse(
                    "db", "[a,b]\nl2Cache = unknown # c\nl2Cache = arm,pl310-cache # d\n"));
    assertEquals("db:3:1", e.position().toString());
  }

  /**
   * Every citation of the shipped database names lines of the 6.1 sources that hold what it says:
   * an errata line the {@code select} of that symbol, a cores line the CPU nodes of that kind, a
   * revision the revision, an l2Cache the compatible.
   */
  @Test
  void everyCitationHoldsInTheKernelSources() throws IOException {
    Path linux = KernelConf.benchDir().resolve("linux-source-6.1");
    assumeTrue(Files.isDirectory(linux), "no 6.1 sources at " + linux);
    List<String> wrong = new ArrayList<>();
    for (SocDatabase.Soc soc : SocDatabase.bundled().all().values()) {
      soc.errata()
          .forEach((symbol, citation) -> check(linux, soc, citation, "select " + symbol, wrong));
      soc.facts().forEach((fact, v) -> check(linux, soc, citation(v), expected(fact, v), wrong));
      soc.coreRevs().values().forEach(v -> check(linux, soc, citation(v), v.text(), wrong));
    }
    assertEquals(List.of(), wrong);
  }

  private static String citation(FactValue v) {
    return ((FactSource.SocDatabase) v.source()).citation();
  }

  /** What the cited lines must say: cache-l2x0.c spells a 6.1 L2C revision R3P2. */
  private static String expected(Fact fact, FactValue v) {
    if (citation(v).startsWith("https://")) {
      return v.text();
    }
    return switch (fact) {
      case L2_CACHE_REV -> "R" + v.text().substring(1, 4).toUpperCase(java.util.Locale.ROOT);
      default -> v.text();
    };
  }

  /**
   * A revision the 6.1 sources do not state may cite a source pinned to its commit and lines, if
   * the words it quotes name every revision of the value; nothing else may.
   */
  @Test
  void aCitationOutsideTheKernelSourcesIsPinnedAndQuotesTheRevision() {
    SocDatabase.Soc soc = SocDatabase.bundled().all().get("fsl,imx6q");
    String url = "https://github.com/o/r/blob/" + "0".repeat(40) + "/a/b.c#L7-L9";
    List<String> wrong = new ArrayList<>();
    check(Path.of("/none"), soc, url + " (\"the L2C is r3p1-50rel0\")", "R3P1", wrong);
    check(Path.of("/none"), soc, url + " (\"r0p1 and r1p2\")", "r0p1, r1p2", wrong);
    check(Path.of("/none"), soc, url + " (\"case MIDR_CORTEX_A9_R2P10:\")", "r2p10", wrong);
    assertEquals(List.of(), wrong);
    check(Path.of("/none"), soc, url + " (\"an r3p10 core\")", "r3p1", wrong);
    check(Path.of("/none"), soc, url + " (\"the L2C is r3p2\")", "R3P1", wrong);
    check(Path.of("/none"), soc, url + " (\"r0p1\")", "r0p1, r1p2", wrong);
    check(
        Path.of("/none"),
        soc,
        url.replace("0".repeat(40), "master") + " (\"r3p1\")",
        "R3P1",
        wrong);
    check(Path.of("/none"), soc, url.replace("#L7-L9", "") + " (\"r3p1\")", "R3P1", wrong);
    assertEquals(5, wrong.size(), wrong.toString());
  }

  private static void check(
      Path linux, SocDatabase.Soc soc, String citation, String needle, List<String> wrong) {
    if (citation.startsWith("https://")) {
      checkPinned(soc, citation, needle, wrong);
      return;
    }
    Matcher m = CITED.matcher(citation);
    if (!m.find()) {
      wrong.add(soc.compatible() + ": no file:line in '" + citation + "'");
      return;
    }
    Path file = linux.resolve(m.group(1));
    if (!Files.isRegularFile(file)) {
      wrong.add(soc.compatible() + ": no " + m.group(1));
      return;
    }
    try {
      List<String> lines = Files.readAllLines(file, UTF_8);
      int from = Integer.parseInt(m.group(2));
      int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
      String cited = String.join("\n", lines.subList(from - 1, Math.min(to, lines.size())));
      if (!cited.contains(needle)) {
        wrong.add(soc.compatible() + ": " + citation + " does not say " + needle);
      }
    } catch (IOException e) {
      wrong.add(soc.compatible() + ": " + e);
    }
  }

  private static void checkPinned(
      SocDatabase.Soc soc, String citation, String needle, List<String> wrong) {
    Matcher m = PINNED.matcher(citation);
    if (!m.matches()) {
      wrong.add(soc.compatible() + ": '" + citation + "' is no commit-pinned URL#Ln (\"quote\")");
      return;
    }
    Matcher revision = REVISION.matcher(needle);
    boolean any = false;
    while (revision.find()) {
      any = true;
      // MIDR_CORTEX_A9_R2P10 names r2p10; r3p1-50rel0 names r3p1; r3p10 does not name r3p1.
      Pattern word =
          Pattern.compile(
              "(?<![A-Za-z0-9])" + revision.group() + "(?![0-9])", Pattern.CASE_INSENSITIVE);
      if (!word.matcher(m.group(1)).find()) {
        wrong.add(
            soc.compatible() + ": the words of " + citation + " do not say " + revision.group());
      }
    }
    if (!any) {
      wrong.add(soc.compatible() + ": only a revision may cite " + citation);
    }
  }
}
