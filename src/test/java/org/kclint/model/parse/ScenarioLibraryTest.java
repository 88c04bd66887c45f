package org.kclint.model.parse;

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

class ScenarioLibraryTest {
  @TempDir Path dir;

  @Test
  void shipsTheHazardScenarios() {
    assertTrue(
        ScenarioLibrary.shipped()
            .names()
            .containsAll(List.of("kmap-ipi-deadlock", "dma-stale-cache")));
  }

  @Test
  void aUserDirectoryAddsAndOverridesScenarios() throws IOException {
    Files.writeString(
        dir.resolve("kmap-ipi-deadlock.scn"),
        "scenario kmap-ipi-deadlock \"mine\"\nparam cpus : int 1..2 = 1\nprocess p on cpu 0 { irq_disable }\n");
    ScenarioLibrary lib = ScenarioLibrary.of(List.of(dir));
    assertEquals("mine", lib.find("kmap-ipi-deadlock").orElseThrow().summary());
    assertTrue(lib.find("dma-stale-cache").isPresent());
  }

  @Test
  void aFileNamedAfterAnotherScenarioIsRefused() throws IOException {
    Files.writeString(
        dir.resolve("x.scn"),
        "scenario y \"s\"\nparam cpus : int 1..2 = 1\nprocess p on cpu 0 { irq_disable }\n");
    InputException e =
        assertThrows(InputException.class, () -> ScenarioLibrary.of(List.of(dir)).find("x"));
    assertTrue(
        e.diagnostic().startsWith(dir.resolve("x.scn") + ":1:1: error: file declares scenario y"),
        e.diagnostic());
  }
}
