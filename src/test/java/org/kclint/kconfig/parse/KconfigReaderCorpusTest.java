package org.kclint.kconfig.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.Symbol;
import org.kclint.testing.Corpus;

/** Differential test: the whole arm tree, read as the kernel's conf read it for the references. */
class KconfigReaderCorpusTest {

  @Test
  void armTreeDefinesExactlyTheReferenceSymbols() throws IOException {
    List<String> warnings = new ArrayList<>();
    KconfigTree tree = KconfigReader.read(ArmReference.options(warnings));

    String expected = Files.readString(Corpus.reference().resolve("arm/symbols.tsv"));
    String actual =
        tree.symbols().values().stream()
            .sorted((a, b) -> a.name().compareTo(b.name()))
            .map(s -> s.name() + "\t" + s.type().keyword() + "\t" + (s.prompted() ? 1 : 0) + "\n")
            .collect(Collectors.joining());
    assertEquals(expected, actual);
    assertEquals(List.of(), warnings, "the profile answers every $(shell,...) of the arm tree");
    assertTrue(tree.unknownShellSymbols().isEmpty());
  }

  @Test
  void armTreeReadsExactlyTheReferenceFiles() throws IOException {
    KconfigTree tree = KconfigReader.read(ArmReference.options());

    List<String> expected = Files.readAllLines(Corpus.reference().resolve("arm/kconfig-files.txt"));
    assertEquals(expected, tree.files().stream().sorted().toList());
    assertEquals("Kconfig", tree.files().get(0));
  }

  @Test
  void withoutAProfileTheToolchainSymbolsAreMarkedUnknown() {
    List<String> warnings = new ArrayList<>();
    KconfigTree tree =
        KconfigReader.read(
            KconfigOptions.of(Corpus.linux(), "arm")
                .withEnvironment(ArmReference.ENVIRONMENT)
                .withWarnings(warnings::add));

    assertEquals(17187, tree.symbols().size());
    assertTrue(tree.unknownShellSymbols().contains("CC_IS_GCC"), "CC_IS_GCC uses $(cc-name)");
    assertTrue(tree.unknownShellSymbols().contains("GCC_VERSION"));
    assertTrue(!tree.unknownShellSymbols().contains("SMP"), "SMP uses no toolchain result");
    assertTrue(warnings.stream().anyMatch(w -> w.contains("is not in the toolchain profile")));
  }

  @Test
  void choiceMembersTakeTheChoiceType() {
    KconfigTree tree = KconfigReader.read(ArmReference.options());
    Symbol member = tree.symbol("CPU_LITTLE_ENDIAN").orElseThrow();
    assertEquals("bool", member.type().keyword());
  }
}
