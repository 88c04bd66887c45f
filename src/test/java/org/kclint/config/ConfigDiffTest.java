package org.kclint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.diag.InputException;

/** scripts/diffconfig's reading and its three sorted groups, quirks included. */
class ConfigDiffTest {

  private static List<String> lines(String a, String b) {
    return ConfigDiff.of("a", a, "b", b).entries().stream().map(ConfigDiff.Entry::line).toList();
  }

  @Test
  void removedThenChangedThenAddedEachSortedByName() {
    assertEquals(
        List.of("-OLD y", "-OLD2 m", " A y -> n", " Z 1 -> 2", "+NEW \"s\"", "+NEW2 y"),
        lines(
            "CONFIG_Z=1\nCONFIG_OLD=y\nCONFIG_A=y\nCONFIG_OLD2=m\nCONFIG_SAME=y\n",
            "CONFIG_NEW2=y\n# CONFIG_A is not set\nCONFIG_Z=2\nCONFIG_NEW=\"s\"\nCONFIG_SAME=y\n"));
  }

  @Test
  void isNotSetIsNAndOtherLinesAreIgnored() {
    assertEquals(
        List.of(),
        lines(
            "# CONFIG_A is not set\n# a comment\ngarbage\n",
            "# CONFIG_A is not set\n\n# another comment\n"));
    assertEquals(List.of("+A n"), lines("", "# CONFIG_A is not set\n"));
  }

  @Test
  void aLaterValueWinsAndEveryNewlineEndsALine() {
    assertEquals(List.of(), lines("CONFIG_E=y\nCONFIG_E=m\n", "CONFIG_E=m\r\n"));
    assertEquals(
        List.of(" C n -> y"),
        lines("# CONFIG_C is not set\rCONFIG_D=1\n", "CONFIG_C=y\nCONFIG_D=1\n"));
  }

  /** diffconfig drops each line's last character: without a final newline, a real one. */
  @Test
  void aLastLineWithoutNewlineLosesItsLastCharacterAsInDiffconfig() {
    assertEquals(List.of(" LAST  -> ye"), lines("CONFIG_LAST=y", "CONFIG_LAST=yes"));
  }

  @Test
  void mergeStyleWritesTheNewValueAsAConfigLine() {
    List<Optional<String>> merged =
        ConfigDiff.of("a", "CONFIG_A=y\nCONFIG_B=y\n", "b", "# CONFIG_A is not set\nCONFIG_C=m\n")
            .entries()
            .stream()
            .map(ConfigDiff.Entry::mergeLine)
            .toList();
    assertEquals(
        List.of(Optional.empty(), Optional.of("# CONFIG_A is not set"), Optional.of("CONFIG_C=m")),
        merged);
  }

  @Test
  void aConfigLineWithoutAnEqualsSignIsAPositionedError() {
    InputException e =
        assertThrows(InputException.class, () -> lines("CONFIG_A=y\n", "# x\nCONFIG_FOO y\n"));
    assertTrue(e.diagnostic().startsWith("b:2:"), e.diagnostic());
  }
}
