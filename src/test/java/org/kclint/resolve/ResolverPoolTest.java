package org.kclint.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.kconfig.KconfigTree;
import org.kclint.testing.ArmKconfig;
import org.kclint.testing.Corpus;

/** A sweep on several workers gives conf's output for each config, handed on in input order. */
class ResolverPoolTest {
  private static final int WORKERS = 3;

  private static List<String> defconfigs(int count) throws IOException {
    return ConfReferenceTest.defconfigs().limit(count).toList();
  }

  private static ResolverPool pool() {
    KconfigTree tree = ArmKconfig.tree();
    return new ResolverPool(tree, Resolver.of(tree), WORKERS);
  }

  private static String resolve(Resolver resolver, String name) {
    String file = "arch/arm/configs/" + name;
    return DotConfigWriter.write(
        resolver
            .resolve(
                DotConfigReader.parse(file, ArmKconfig.read(Corpus.linux().resolve(file))),
                Resolver.Mode.DEFCONFIG)
            .output());
  }

  @Test
  void eachConfigAsConfWritesItInInputOrder() throws IOException {
    List<String> names = defconfigs(4 * WORKERS);
    List<String> handed = new ArrayList<>();
    pool()
        .forEach(
            names,
            ResolverPoolTest::resolve,
            (name, written) -> {
              handed.add(name);
              String expected =
                  new String(
                      ArmKconfig.read(ArmKconfig.references("defconfig").resolve(name + ".out.gz")),
                      StandardCharsets.UTF_8);
              assertEquals(expected, written, name);
            });
    assertEquals(names, handed);
  }

  @Test
  void aFailingConfigIsThrownAfterTheResultsBeforeIt() throws IOException {
    List<String> names = defconfigs(2 * WORKERS);
    String bad = names.get(WORKERS);
    InputException failure = new InputException(Position.ofLine(bad, 1), "unreadable");
    List<String> handed = new ArrayList<>();
    InputException thrown =
        assertThrows(
            InputException.class,
            () ->
                pool()
                    .forEach(
                        names,
                        (resolver, name) -> {
                          if (name.equals(bad)) {
                            throw failure;
                          }
                          return resolve(resolver, name);
                        },
                        (name, written) -> handed.add(name)));
    assertSame(failure, thrown);
    assertEquals(names.subList(0, WORKERS), handed);
  }
}
