package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kclint.config.DotConfigReader;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;

/**
 * A symbol's help screen is menuconfig's, byte for byte: explain.golden was written by the kernel's
 * own menu.c (testdata/explain/symhelp.c says how) for the same tree and config.
 */
class SymbolHelpTest {
  private static final Path DIR = Path.of("testdata/explain");

  @Test
  void everySymbolsScreenIsMenuconfigs() throws IOException {
    Resolver resolver = Resolver.of(KconfigReader.read(KconfigOptions.of(DIR, "arm")));
    var config = DotConfigReader.read(DIR.resolve("explain.config"));
    StringBuilder screens = new StringBuilder();
    for (String name : Files.readAllLines(DIR.resolve("symbols.txt"))) {
      screens.append(resolver.help(config, name).orElseThrow());
    }
    assertEquals(Files.readString(DIR.resolve("explain.golden")), screens.toString());
  }

  @Test
  void anUnknownSymbolHasNoScreen() {
    Resolver resolver = Resolver.of(KconfigReader.read(KconfigOptions.of(DIR, "arm")));
    assertEquals(
        Optional.empty(),
        resolver.help(DotConfigReader.read(DIR.resolve("explain.config")), "NO_SUCH_SYMBOL"));
  }
}
