package org.kclint.check;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kclint.config.ConfigDiff;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.io.ByteText;
import org.kclint.io.InputFiles;
import org.kclint.kconfig.KconfigTree;
import org.kclint.kconfig.Symbol;
import org.kclint.resolve.Resolver;

/**
 * What a command asks of a Kconfig tree besides checking a config: the symbols and files it defines
 * ({@code symbols}), a symbol's help screen ({@code explain}), and the reasons behind a change
 * between two configs ({@code diff}). Each answer is the text the command prints.
 */
public final class KconfigQueries {
  private static final String INDENT = "    ";

  private final KconfigTree tree;

  private KconfigQueries(KconfigTree tree) {
    this.tree = tree;
  }

  /** Reads the tree, its warnings to {@code warnings}. */
  public static KconfigQueries read(KconfigSource source, Consumer<String> warnings) {
    return new KconfigQueries(source.read(warnings));
  }

  /**
   * Every symbol, sorted by name (byte order): NAME TAB TYPE TAB PROMPTED (1 or 0), a line each.
   */
  public String symbols() {
    StringBuilder out = new StringBuilder();
    tree.symbols().values().stream()
        .sorted(Comparator.comparing(Symbol::name))
        .forEach(
            symbol ->
                out.append(symbol.name())
                    .append('\t')
                    .append(symbol.type().keyword())
                    .append('\t')
                    .append(symbol.prompted() ? '1' : '0')
                    .append('\n'));
    return out.toString();
  }

  /** The Kconfig files read, relative to the tree root, sorted, a line each. */
  public String files() {
    StringBuilder out = new StringBuilder();
    tree.files().stream().distinct().sorted().forEach(f -> out.append(f).append('\n'));
    return out.toString();
  }

  /**
   * menuconfig's help screen for {@code symbol} (with or without CONFIG_), with the values conf
   * reads from {@code values} (a {@code .config} already read: see {@link #values}).
   */
  public Optional<String> help(Values values, String symbol) {
    String name = symbol.startsWith("CONFIG_") ? symbol.substring("CONFIG_".length()) : symbol;
    return Resolver.of(tree).help(values.config, name);
  }

  /** The values a help screen shows: a {@code .config}'s, read now, or the tree's defaults. */
  public static Values values(Optional<Path> config) {
    return new Values(
        config.map(DotConfigReader::read).orElse(new DotConfig("(defaults)", ImmutableList.of())));
  }

  /** A config read for {@link #help}. */
  public static final class Values {
    private final DotConfig config;

    private Values(DotConfig config) {
      this.config = config;
    }
  }

  /**
   * What the kernel's scripts/diffconfig prints for {@code before} and {@code after} (with {@code
   * merge}, as {@code diffconfig -m}); with a tree, each line followed by why conf gives the symbol
   * its value when it reads {@code after}.
   */
  public static String diff(
      Path before,
      Path after,
      boolean merge,
      Optional<KconfigSource> source,
      Consumer<String> warnings) {
    byte[] a = InputFiles.read(before);
    byte[] b = InputFiles.read(after);
    ConfigDiff diff =
        ConfigDiff.of(before.toString(), ByteText.decode(a), after.toString(), ByteText.decode(b));
    Map<String, String> reasons =
        source.isEmpty()
            ? Map.of()
            : Resolver.of(source.get().read(warnings))
                .reasons(
                    DotConfigReader.parse(after.toString(), b),
                    diff.entries().stream().map(ConfigDiff.Entry::symbol).toList());
    StringBuilder out = new StringBuilder();
    for (ConfigDiff.Entry e : diff.entries()) {
      if (merge) {
        e.mergeLine().ifPresent(line -> out.append(line).append('\n'));
      } else {
        out.append(e.line()).append('\n');
      }
      String reason = reasons.get(e.symbol());
      if (reason != null && (!merge || e.mergeLine().isPresent())) {
        out.append(merge ? "#" + INDENT.substring(1) : INDENT).append(reason).append('\n');
      }
    }
    return out.toString();
  }
}
