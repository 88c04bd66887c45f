package org.kclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.io.AtomicFiles;
import org.kclint.rules.Severity;

class BaselineTest {
  @TempDir Path dir;

  @Test
  void acceptsKnownFindingsEvenWhenTheirLineMoves() throws IOException {
    List<Finding> known = Founding.findings();
    Path file = dir.resolve("baseline.json");
    AtomicFiles.write(file, Baseline.render(known, file));
    Baseline baseline = Baseline.read(file);
    assertEquals(known.size(), baseline.size());
    List<Finding> moved =
        known.stream()
            .map(f -> f.withPosition(new Position(f.position().file(), f.position().line() + 3, 1)))
            .toList();
    assertEquals(List.of(), baseline.newFindings(moved));
  }

  @Test
  void eachEntryAcceptsOneFinding() throws IOException {
    Finding f =
        Finding.of(
            "duplicate-assignment",
            Severity.WARNING,
            Position.ofLine("a.config", 2),
            "CONFIG_X assigned twice");
    Path file = dir.resolve("b.json");
    AtomicFiles.write(file, Baseline.render(List.of(f), file));
    assertEquals(List.of(f), Baseline.read(file).newFindings(List.of(f, f)));
  }

  /**
   * Written beside the config, a baseline matches however the config is named later: from the
   * config's folder, from its parent, or by its absolute path (issue 15: it did not from the
   * parent).
   */
  @Test
  void filesAreNamedRelativeToTheBaseline() throws IOException {
    Path config =
        Files.writeString(Files.createDirectories(dir.resolve("board")).resolve("a.config"), "");
    Path file = dir.resolve("board/b.json");
    Finding absolute = finding(config.toString());
    AtomicFiles.write(file, Baseline.render(List.of(absolute), file));
    assertTrue(Files.readString(file).contains("\"file\": \"a.config\""), Files.readString(file));
    Path fromHere = Path.of("").toAbsolutePath().relativize(config);
    assertEquals(List.of(), Baseline.read(file).newFindings(List.of(finding(fromHere.toString()))));
    assertEquals(List.of(), Baseline.read(file).newFindings(List.of(absolute)));
  }

  private static Finding finding(String file) {
    return Finding.of("unknown-symbol", Severity.WARNING, Position.ofLine(file, 2), "CONFIG_X")
        .withSymbol("X");
  }

  @Test
  void rejectsWhatIsNotABaseline() throws IOException {
    Path file = dir.resolve("c.json");
    Files.writeString(file, "{\"findings\": [");
    InputException e = assertThrows(InputException.class, () -> Baseline.read(file));
    assertTrue(e.diagnostic().startsWith(file + ":1:"), e.diagnostic());
    Files.writeString(file, "{\"findings\": []}");
    assertThrows(InputException.class, () -> Baseline.read(file));
  }
}
