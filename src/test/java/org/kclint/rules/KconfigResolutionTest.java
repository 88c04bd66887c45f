package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.kconfig.parse.KconfigOptions;
import org.kclint.kconfig.parse.KconfigReader;
import org.kclint.resolve.Resolver;

/** Base values and a fix's values from conf's resolution, on testdata/resolve/basic. */
class KconfigResolutionTest {
  private static final Path TREE = Path.of("testdata/resolve/basic");
  private static final List<String> SYMBOLS =
      List.of("MODULES", "NET", "ETH", "PHY", "MAC", "BUFFERS", "HZ_100", "HZ_250", "ETHH");
  private static final Resolver RESOLVER =
      Resolver.of(KconfigReader.read(KconfigOptions.of(TREE, "arm")));
  private static final Resolver.Mode MODE = Resolver.Mode.OLDDEFCONFIG;

  private static Map<String, Optional<String>> values(SymbolValues v) {
    return SYMBOLS.stream().collect(Collectors.toMap(s -> s, v::value));
  }

  private static DotConfig input() {
    return DotConfigReader.read(TREE.resolve("in.config"));
  }

  @Test
  void baseValuesAreWhatConfWrites() {
    Map<String, Optional<String>> base =
        values(new KconfigResolution(RESOLVER, input(), MODE).resolve(Map.of()));
    assertEquals(Optional.of("y"), base.get("MODULES"));
    assertEquals(Optional.of("n"), base.get("NET"));
    assertEquals(
        Optional.empty(), base.get("ETH"), "ETH depends on NET: conf writes nothing for it");
    assertEquals(Optional.of("y"), base.get("PHY"), "selected by MAC");
    assertEquals(Optional.of("16"), base.get("BUFFERS"), "128 is out of range 4..64");
    assertEquals(Optional.of("y"), base.get("HZ_250"), "the last choice assignment wins");
    assertEquals(Optional.empty(), base.get("ETHH"));
  }

  @Test
  void aFixIsAppendedToTheInputAndResolvedAgain() {
    SymbolValues fixed = new KconfigResolution(RESOLVER, input(), MODE).resolve(Map.of("NET", "y"));
    assertEquals(Optional.of("y"), fixed.value("NET"));
    assertEquals(Optional.of("m"), fixed.value("ETH"), "the input's CONFIG_ETH=m now stands");
  }

  @Test
  void aCheckedInputIsNotResolvedAgain() {
    DotConfig input = input();
    var checked = RESOLVER.check(input, MODE).output();
    KconfigResolution seeded = new KconfigResolution(RESOLVER, input, MODE, checked);
    assertEquals(
        values(new KconfigResolution(RESOLVER, input, MODE).resolve(Map.of())),
        values(seeded.resolve(Map.of())));
    // Seeded with another config's resolution, the base values are that one's: proof the seed is
    // what is read, not a second resolution. A fix still resolves the real input.
    DotConfig other = DotConfigReader.parse("other.config", "CONFIG_NET=y\nCONFIG_ETH=y\n");
    KconfigResolution wrongSeed =
        new KconfigResolution(RESOLVER, input, MODE, RESOLVER.resolve(other, MODE).output());
    assertEquals(Optional.of("y"), wrongSeed.resolve(Map.of()).value("ETH"));
    assertEquals(Optional.of("m"), wrongSeed.resolve(Map.of("NET", "y")).value("ETH"));
  }
}
