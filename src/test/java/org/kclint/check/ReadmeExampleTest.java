package org.kclint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kclint.report.Finding;

/**
 * The README's example of kclint as a library runs as written: {@link #example} holds its lines
 * verbatim (the test compares them), and what it prints is the founding finding.
 */
class ReadmeExampleTest {
  private static final Path SOURCE =
      Path.of("src/test/java/org/kclint/check/ReadmeExampleTest.java");

  // README example begins
  static void example() {
    CheckRequest request =
        CheckRequest.defaults()
            .withKernelVersion("2.6.35")
            .withBoard(
                BoardSource.factsFile(
                    Path.of(
                        "testdata/rules/smp-highmem-no-hw-tlb-bcast-kmap-deadlock/positive.facts")));
    CheckSession session = CheckSession.open(request, System.err::println);
    CheckedConfig checked =
        session.check(ConfigSource.text("my.config", "CONFIG_SMP=y\nCONFIG_HIGHMEM=y\n"));
    for (Finding f : checked.findings()) {
      System.out.println(f.position() + ": " + f.severity().spelling() + ": " + f.message());
    }
  }

  // README example ends

  @Test
  void theReadmeShowsExactlyThisCode() throws IOException {
    Matcher readme =
        Pattern.compile("## Using kclint from Java.*?```java\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("README.md")));
    assertTrue(readme.find(), "README has no Java example");
    Matcher here =
        Pattern.compile(
                "// README example begins\n.*?\\{\n(.*?)  }\n\n  // README example ends",
                Pattern.DOTALL)
            .matcher(Files.readString(SOURCE));
    assertTrue(here.find());
    assertEquals(readme.group(1), here.group(1).replaceAll("(?m)^    ", ""));
  }

  @Test
  void theExamplePrintsTheFoundingHazardAtItsLine() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(out);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.contains(
            "my.config:2:1: error: SMP with HIGHMEM on cores without hardware TLB broadcast"),
        printed);
  }
}
