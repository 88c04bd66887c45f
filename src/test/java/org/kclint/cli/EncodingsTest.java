package org.kclint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.board.DeviceTree;
import org.kclint.board.DtNode;
import org.kclint.board.FactOverrides;
import org.kclint.board.parse.DtsReader;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.diag.InputException;
import org.kclint.io.JsonText;
import org.kclint.kconfig.parse.ToolchainProfile;
import org.kclint.model.Scenario;
import org.kclint.model.Trace;
import org.kclint.model.parse.ScenarioLibrary;
import org.kclint.model.parse.ScenarioParser;
import org.kclint.model.parse.TraceReader;
import org.kclint.rules.Rule;
import org.kclint.rules.parse.RuleParser;
import org.kclint.testing.Schemas;

/**
 * The same content with CRLF line ends, without its final newline, or with tabs for blanks reads
 * the same in every format (the Kconfig front end's own TextTest covers Kconfig); UTF-8 text is
 * kept; bytes that are not UTF-8 are read and written back as the kernel's tools do (conf, dtc) in
 * .config, Kconfig and device tree files, and are a positioned error in kclint's own UTF-8 formats.
 */
class EncodingsTest {
  @TempDir Path dir;

  @Test
  void dotConfig() {
    String text =
        "# café\nCONFIG_SMP=y\n# CONFIG_HIGHMEM is not set\nCONFIG_CMDLINE=\"console=ttyS0 naïve\"\n";
    Function<String, DotConfig> read =
        t -> DotConfigReader.parse("x.config", t.getBytes(StandardCharsets.UTF_8));
    List<DotConfig.Line> plain = assignments(read.apply(text));
    assertEquals(3, plain.size());
    assertEquals(plain, assignments(read.apply(crlf(text))));
    assertEquals(plain, assignments(read.apply(noFinalNewline(text))));
    assertTrue(plain.toString().contains("naïve"), plain.toString());
  }

  /** conf reads a .config as bytes: Latin-1 in a value or a comment is no error. */
  @Test
  void dotConfigWithLatin1Bytes() {
    String text = "# caf\u00e9\nCONFIG_SMP=y\nCONFIG_CMDLINE=\"console=ttyS0 na\u00efve\"\n";
    List<DotConfig.Line> lines = assignments(DotConfigReader.parse("x.config", latin1(text)));
    assertEquals(2, lines.size());
    assertEquals(lines, assignments(DotConfigReader.parse("x.config", latin1(crlf(text)))));
    assertEquals(
        lines, assignments(DotConfigReader.parse("x.config", latin1(noFinalNewline(text)))));
    assertTrue(lines.toString().contains("na\uDCEFve"), lines.toString());
  }

  /**
   * Byte for byte what conf --olddefconfig wrote (latin1.expected) from a Kconfig tree and a
   * .config that both hold Latin-1 bytes: in prompts, menu titles, a comment, string defaults and
   * values, and bytes that are no text at all.
   */
  @Test
  void resolveWritesTheBytesConfWrites() throws IOException {
    Path tree = Path.of("testdata/encodings/latin1");
    Path out = dir.resolve("out.config");
    CliRun run =
        CliRun.of(
            "resolve",
            "--kconfig",
            tree.toString(),
            "--arch",
            "arm",
            "-o",
            out.toString(),
            tree.resolve("latin1.config").toString());
    assertEquals(0, run.exit(), run.err());
    assertArrayEquals(Files.readAllBytes(tree.resolve("latin1.expected")), Files.readAllBytes(out));
  }

  /**
   * conf prints a Latin-1 byte of a prompt or value to the terminal as that byte; so does kclint,
   * in any locale (here C, where Java would print '?').
   */
  @Test
  void messagesCarryTheBytesOfTheirInput() throws Exception {
    Path tree = Path.of("testdata/encodings/latin1");
    CliRun run =
        CliRun.process(
            "check",
            "--kconfig",
            tree.toString(),
            "--arch",
            "arm",
            "--color",
            "never",
            tree.resolve("latin1.config").toString());
    assertTrue(run.out().contains("d\uDCE9faut"), run.out());
    assertFalse(run.out().contains("?"), run.out());
  }

  /**
   * A JSON or SARIF report stays UTF-8 when its input had Latin-1 bytes: each such byte is written
   * as the escape of the character that stands for it, and reads back as that character.
   */
  @Test
  void reportsStayUtf8() throws Exception {
    Path tree = Path.of("testdata/encodings/latin1");
    for (String format : List.of("json", "sarif")) {
      Path out = dir.resolve("report." + format);
      CliRun run =
          CliRun.of(
              "check",
              "--kconfig",
              tree.toString(),
              "--arch",
              "arm",
              "--format",
              format,
              "-o",
              out.toString(),
              tree.resolve("latin1.config").toString());
      assertEquals(0, run.exit(), run.err());
      byte[] bytes = Files.readAllBytes(out);
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(text.contains("d\\udce9faut"), text);
      // Read back, the escape is the character again: writing that gives the same report.
      assertEquals(text, JsonText.pretty(JsonText.parse(text)), format);
    }
    assertEquals(
        List.of(), Schemas.report(JsonText.parse(Files.readString(dir.resolve("report.json")))));
  }

  /** dtc copies the bytes of a string as they are; line ends and blanks are only blanks. */
  @Test
  void deviceTrees() throws IOException {
    String text =
        "/dts-v1/;\n// caf\u00e9\n/ {\n  model = \"Carte na\u00efve\";\n  node {\n    reg = <1 2>;\n  };\n};\n";
    DeviceTree plain = dts("plain.dts", latin1(text));
    assertArrayEquals(
        "Carte na\u00efve\0".getBytes(StandardCharsets.ISO_8859_1),
        plain.root().properties().get(0).bytes());
    String dump = dump(plain);
    assertEquals(dump, dump(dts("crlf.dts", latin1(crlf(text)))));
    assertEquals(dump, dump(dts("tabs.dts", latin1(tabs(text)))));
    assertEquals(dump, dump(dts("nonl.dts", latin1(noFinalNewline(text)))));
    DeviceTree utf8 = dts("utf8.dts", text.getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(
        "Carte na\u00efve\0".getBytes(StandardCharsets.UTF_8),
        utf8.root().properties().get(0).bytes());
  }

  @Test
  void boardFacts() {
    String text = "# caf\u00e9\nnCpus = 2\n  hwTlbBcast = false\ncore = Cortex-A9\n";
    Function<byte[], FactOverrides> read = b -> FactOverrides.parse("x.facts", b);
    FactOverrides plain = read.apply(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, plain.values().size());
    assertEquals(plain.values(), read.apply(crlf(text).getBytes(StandardCharsets.UTF_8)).values());
    // A tab is one column where two blanks were two: compare the values alone.
    assertEquals(texts(plain), texts(read.apply(tabs(text).getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        plain.values(), read.apply(noFinalNewline(text).getBytes(StandardCharsets.UTF_8)).values());
    assertEquals(plain.values(), read.apply(latin1(text)).values());
  }

  private static java.util.Map<org.kclint.board.Fact, String> texts(FactOverrides overrides) {
    java.util.Map<org.kclint.board.Fact, String> out = new java.util.LinkedHashMap<>();
    overrides
        .values()
        .forEach((fact, value) -> out.put(fact, value.map(v -> v.text()).orElse("unknown")));
    return out;
  }

  private DeviceTree dts(String name, byte[] bytes) throws IOException {
    return new DtsReader(List.of()).read(Files.write(dir.resolve(name), bytes));
  }

  /** Nodes and properties with their bytes, without positions (which CRLF does not move). */
  private static String dump(DeviceTree tree) {
    StringBuilder out = new StringBuilder();
    dump(tree.root(), "/", out);
    return out.toString();
  }

  private static void dump(DtNode node, String path, StringBuilder out) {
    out.append(path).append('\n');
    node.properties()
        .forEach(
            p ->
                out.append(path)
                    .append(' ')
                    .append(p.name())
                    .append(" = ")
                    .append(java.util.Arrays.toString(p.bytes()))
                    .append('\n'));
    node.children().forEach(c -> dump(c, path + c.name() + "/", out));
  }

  @Test
  void rules() throws IOException {
    String text =
        Files.readString(Path.of("rules/catalogue/smp/nr-cpus-less-than-dt-cpus.rule"))
            .replace("extra CPUs", "extra CPUs, café");
    Function<String, Rule> read =
        t -> RuleParser.parse(t.getBytes(StandardCharsets.UTF_8), "x.rule", "smp");
    Rule plain = read.apply(text);
    assertTrue(plain.summary().contains("café"), plain.summary());
    assertEquals(plain, read.apply(noFinalNewline(text)));
    assertEquals(plain.summary(), read.apply(crlf(text)).summary());
    assertEquals(plain.when(), read.apply(crlf(text)).when());
    assertEquals(plain.when().toString(), read.apply(tabs(text)).when().toString());
    assertNotUtf8(() -> RuleParser.parse(latin1(text), "x.rule", "smp"));
  }

  @Test
  void scenarios() throws IOException {
    String text = Files.readString(Path.of("rules/scenarios/kmap-ipi-deadlock.scn"));
    Function<String, Scenario> read = t -> ScenarioParser.parse("x.scn", t);
    Scenario plain = read.apply(text);
    assertEquals(plain, read.apply(noFinalNewline(text)));
    assertEquals(plain.toString(), read.apply(crlf(text)).toString().replace("\r", ""));
    assertEquals(plain.processes().size(), read.apply(tabs(text)).processes().size());
  }

  @Test
  void traces() throws IOException {
    String text = Files.readString(Path.of("testdata/model/kmap-ipi-deadlock-2cpus.trace"));
    TraceReader reader = new TraceReader(ScenarioLibrary.shipped());
    Function<String, Trace> read = t -> reader.read("x.trace", t);
    Trace plain = read.apply(text);
    assertEquals(plain, read.apply(crlf(text)));
    assertEquals(plain, read.apply(noFinalNewline(text)));
    Path file =
        Files.write(
            dir.resolve("latin1.trace"),
            latin1(text.replace("summary: kmap", "summary: café kmap")));
    assertNotUtf8(() -> reader.read(file));
  }

  @Test
  void toolchainProfiles() throws IOException {
    String text = "echo ünïcode\tünïcode\n$(CC) --version\tgcc 12\n";
    ToolchainProfile plain = profile(text.getBytes(StandardCharsets.UTF_8));
    assertEquals("ünïcode", plain.result("echo ünïcode").orElseThrow());
    assertEquals(plain, profile(crlf(text).getBytes(StandardCharsets.UTF_8)));
    assertEquals(plain, profile(noFinalNewline(text).getBytes(StandardCharsets.UTF_8)));
    InputException latin1 = assertThrows(InputException.class, () -> profile(latin1(text)));
    assertEquals(1, latin1.position().line());
  }

  /** What conf takes from a .config: its assignments and unset markers, not other comments. */
  private static List<DotConfig.Line> assignments(DotConfig config) {
    return config.lines().stream().filter(l -> l instanceof DotConfig.Assignment).toList();
  }

  private ToolchainProfile profile(byte[] bytes) throws IOException {
    return ToolchainProfile.read(Files.write(dir.resolve("profile.tsv"), bytes));
  }

  private static void assertNotUtf8(Runnable read) {
    InputException error = assertThrows(InputException.class, read::run);
    assertTrue(error.getMessage().contains("not UTF-8"), error.diagnostic());
    assertTrue(error.position().line() >= 1, error.diagnostic());
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  private static String noFinalNewline(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /** Leading blanks as tabs, as an editor might save them. */
  private static String tabs(String text) {
    return text.replaceAll("(?m)^  ", "\t");
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
