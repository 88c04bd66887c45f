package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kclint.rules.Catalogue;
import org.kclint.rules.Rule;
import org.kclint.rules.parse.RuleFiles;

/**
 * docs/rules/ is exactly what {@link RuleDocs} renders from the catalogue and the built-in checks
 * (one page per rule, nothing stale, nothing extra), and every link a report or a page gives
 * resolves to a file of the repository. After a change to a rule, regenerate with {@code mvn test
 * -Dtest=RuleDocsTest -Dkclint.updateGolden=true} and review the diff.
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of(RuleDocs.FOLDER);
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");

  @Test
  void pagesAreCheckedInAsGenerated() throws IOException {
    ImmutableSortedMap<String, String> pages = RuleDocs.pages(RuleFiles.shipped());
    if (Boolean.getBoolean("kclint.updateGolden")) {
      Files.createDirectories(DOCS);
      for (Path stale : files()) {
        if (!pages.containsKey(stale.getFileName().toString())) {
          Files.delete(stale);
        }
      }
      for (var page : pages.entrySet()) {
        Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertEquals(
        pages.keySet(),
        new TreeSet<>(files().stream().map(p -> p.getFileName().toString()).toList()),
        "docs/rules holds exactly the generated pages");
    for (var page : pages.entrySet()) {
      assertEquals(
          page.getValue(),
          Files.readString(DOCS.resolve(page.getKey()), StandardCharsets.UTF_8),
          page.getKey() + " is stale");
    }
  }

  @Test
  void everyRuleHasAPageItsHelpUriNames() {
    Catalogue shipped = RuleFiles.shipped();
    List<String> ids = new ArrayList<>();
    RuleDocs.CHECKS.forEach(c -> ids.add(c.id()));
    shipped.rules().forEach(r -> ids.add(r.id()));
    assertEquals(RuleDocs.CHECKS.size() + shipped.rules().size(), new TreeSet<>(ids).size());
    for (String id : ids) {
      String uri = RuleDocs.helpUri(id).orElseThrow(() -> new AssertionError(id + ": no page"));
      assertTrue(uri.startsWith(RuleDocs.BLOB), uri);
      Path file = Path.of(uri.substring(RuleDocs.BLOB.length()));
      assertTrue(Files.isRegularFile(file), id + ": " + uri + " names no file of the repository");
    }
    assertEquals(Optional.empty(), RuleDocs.helpUri("a-rule-of-a-bsp-pack"));
  }

  @Test
  void everyLinkOfEveryPageResolvesToAFile() throws IOException {
    for (Path page : files()) {
      Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        Path target = DOCS.resolve(m.group(1)).normalize();
        assertTrue(Files.isRegularFile(target), page + " links to " + m.group(1) + ": no file");
      }
    }
  }

  @Test
  void rulePageSaysWhatTheRuleFileSays() throws IOException {
    Rule rule = RuleFiles.shipped().rule(Founding.RULE).orElseThrow();
    String page = Files.readString(DOCS.resolve(Founding.RULE + ".md"), StandardCharsets.UTF_8);
    assertTrue(page.startsWith("# " + rule.id() + "\n\n" + rule.summary() + "\n"), page);
    assertTrue(page.contains("`" + rule.when() + "`"), page);
    rule.fixes().forEach(f -> assertTrue(page.contains(f.changesText()), f.toString()));
    rule.references().forEach(r -> assertTrue(page.contains(r.note()), r.toString()));
    assertTrue(page.contains("(../../" + rule.position().file() + ")"), page);
  }

  /** SARIF names the tool's version and links each rule to its page; text and JSON link too. */
  @Test
  void reportsLinkThePages() throws IOException {
    Report report = Founding.report();
    JsonNode sarif = new ObjectMapper().readTree(new SarifFormat().render(report));
    JsonNode driver = sarif.at("/runs/0/tool/driver");
    assertEquals(report.toolVersion(), driver.get("version").asText());
    String uri = RuleDocs.helpUri(Founding.RULE).orElseThrow();
    assertEquals(uri, driver.at("/rules/0/helpUri").asText());
    JsonNode json = new ObjectMapper().readTree(new JsonFormat().render(report));
    assertEquals(uri, json.at("/findings/0/help").asText());
    assertTrue(new TextFormat(false).render(report).contains("    (see " + uri + ")\n"));
  }

  private static List<Path> files() throws IOException {
    if (!Files.isDirectory(DOCS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(DOCS)) {
      return s.sorted().toList();
    }
  }
}
