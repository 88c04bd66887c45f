package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kclint.diag.Position;
import org.kclint.rules.Severity;
import org.kclint.rules.parse.RuleFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML parses, and has the Ant shape CI servers read: suites, cases, failures. */
class JunitFormatTest {

  @Test
  void oneCasePerRuleAndAFailureForTheHazard() throws Exception {
    // The founding deadlock (an error) beside a warning of another rule on the same file.
    List<Finding> findings = new ArrayList<>(Founding.findings());
    findings.add(
        Finding.of(
            "nr-cpus-less-than-dt-cpus",
            Severity.WARNING,
            new Position(Founding.CONFIG, 7, 1),
            "The device tree has more CPU nodes than NR_CPUS"));
    String xml = new JunitFormat().render(Founding.report(findings));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suites = doc.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    NodeList suite = suites.getElementsByTagName("testsuite");
    assertEquals(1, suite.getLength());
    Element s = (Element) suite.item(0);
    assertEquals(Founding.CONFIG, s.getAttribute("name"));
    int rules = RuleFiles.shipped().rules().size();
    assertEquals(rules, s.getElementsByTagName("testcase").getLength());
    assertEquals(String.valueOf(rules), s.getAttribute("tests"));
    NodeList failures = s.getElementsByTagName("failure");
    assertEquals(1, failures.getLength(), "only the error fails; the warning is output");
    assertEquals("1", s.getAttribute("failures"));
    Element failed = (Element) failures.item(0).getParentNode();
    assertEquals(Founding.RULE, failed.getAttribute("name"));
    assertEquals(1, s.getElementsByTagName("system-out").getLength());
  }

  @Test
  void escapesWhatXmlCannotHold() {
    assertEquals("a&lt;b&amp;&quot;c&quot;d", JunitFormat.escape("a<b&\"c\"\u0001d"));
  }
}
