package org.kclint.check;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kclint.config.DotConfig;
import org.kclint.config.DotConfigReader;
import org.kclint.config.DotConfigWriter;
import org.kclint.diag.InputException;
import org.kclint.io.AtomicFiles;
import org.kclint.kconfig.KconfigTree;
import org.kclint.resolve.AllConfig;
import org.kclint.resolve.ConfExit;
import org.kclint.resolve.ConfMessage;
import org.kclint.resolve.RandomSettings;
import org.kclint.resolve.Resolution;
import org.kclint.resolve.Resolver;
import org.kclint.resolve.ResolverPool;

/**
 * What the kernel's conf does in one of its modes ({@code kclint resolve}): reads the tree, then
 * each input, printing what conf prints on its standard output and error, byte for byte, and
 * writing what it writes.
 *
 * @param inputs the configs conf reads (none for the modes that take KCONFIG_ALLCONFIG)
 * @param output where the one result goes
 * @param outputDir where each input's result goes, under the input's file name
 * @param statusMessages print conf's status messages, as conf does without {@code -s}
 */
public record ConfJob(
    KconfigSource source,
    Mode mode,
    List<Path> inputs,
    Optional<Path> output,
    Optional<Path> outputDir,
    boolean statusMessages) {

  /** What conf is asked to do: its mode option, {@code conf --NAME}. */
  public static final class Mode {
    private final Resolver.Mode mode;

    private Mode(Resolver.Mode mode) {
      this.mode = mode;
    }

    /** {@code --olddefconfig}, or {@code --defconfig} for a minimal input. */
    public static Mode of(boolean defconfig) {
      return new Mode(defconfig ? Resolver.Mode.DEFCONFIG : Resolver.Mode.OLDDEFCONFIG);
    }

    /** The mode conf names so, in any case. */
    public static Mode named(String name) {
      return names()
          .filter(m -> m.confName().equalsIgnoreCase(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no conf mode named '" + name + "'"));
    }

    /** Every mode, in conf's order. */
    public static Stream<Mode> names() {
      return Stream.of(Resolver.Mode.values()).map(Mode::new);
    }

    /** The option's name as conf spells it. */
    public String confName() {
      return mode.confName();
    }

    /** Whether conf reads the input with conf_read (the others take KCONFIG_ALLCONFIG). */
    public boolean readsConfig() {
      return mode.readsConfig();
    }

    /** Whether conf writes a config (all but listnewconfig and helpnewconfig). */
    public boolean writesConfig() {
      return mode != Resolver.Mode.LISTNEWCONFIG && mode != Resolver.Mode.HELPNEWCONFIG;
    }

    /** The constant's name, as completion offers it. */
    public String constant() {
      return mode.name();
    }
  }

  /** How the job ended: conf's exit status, or an input kclint could not read (exit 3). */
  public record Outcome(int status, boolean badInput) {}

  /** Runs the job, printing to {@code out} and {@code err} in the order conf prints. */
  public Outcome run(PrintWriter out, PrintWriter err) {
    Map<String, String> environment = source.environment();
    RandomSettings random = RandomSettings.fromEnvironment(environment, micros());
    if (mode.mode == Resolver.Mode.RANDCONFIG) {
      // conf prints the seed while it reads its options, before the Kconfig files.
      out.print(random.seedLine());
      out.flush();
    }
    KconfigTree read;
    try {
      read =
          source.read(
              warning -> {
                out.flush();
                err.println(warning);
              },
              info -> {
                err.flush();
                out.println(info);
              });
    } catch (InputException e) {
      // conf's own words where conf stops too; kclint's exit code for bad input.
      err.println(e.asTheToolPrintsIt());
      err.flush();
      return new Outcome(0, true);
    }
    Resolver resolver = Resolver.of(read);
    resolver.treeWarnings().forEach(w -> err.print(w.printed()));
    if (!resolver.cycles().isEmpty()) {
      resolver.cycles().forEach(c -> err.print(c.printed()));
      err.flush();
      return new Outcome(1, false);
    }
    if (!mode.readsConfig()) {
      Optional<DotConfig> allConfig;
      try {
        allConfig = AllConfig.read(mode.mode, environment, Path.of(""), source.root());
      } catch (ConfExit e) {
        err.print(e.stderr());
        err.flush();
        return new Outcome(e.status(), false);
      }
      return new Outcome(
          emit(resolver.resolve(allConfig, mode.mode, random), output, out, err), false);
    }
    // Many inputs (a sweep of defconfigs) are resolved on all cores, printed and written in order.
    int[] status = {0};
    new ResolverPool(read, resolver, ResolverPool.cores())
        .forEach(
            inputs,
            (r, input) -> r.resolve(Optional.of(DotConfigReader.read(input)), mode.mode, random),
            (input, resolution) ->
                status[0] = Math.max(status[0], emit(resolution, target(input), out, err)));
    return new Outcome(status[0], false);
  }

  private Optional<Path> target(Path input) {
    return output.or(() -> outputDir.map(d -> d.resolve(input.getFileName().toString())));
  }

  /** Prints what conf prints and writes what it writes; returns its exit status. */
  private int emit(Resolution resolution, Optional<Path> target, PrintWriter out, PrintWriter err) {
    for (ConfMessage message : resolution.messages()) {
      err.print(message.printed());
    }
    err.flush();
    out.print(resolution.stdout());
    out.flush();
    if (resolution.exitStatus() != 0) {
      return resolution.exitStatus();
    }
    if (mode.mode == Resolver.Mode.SAVEDEFCONFIG) {
      AtomicFiles.write(target.orElse(null), DotConfigWriter.writeValues(resolution.output()));
    } else if (target.isPresent()) {
      String config = DotConfigWriter.write(resolution.output());
      // conf_write() (confdata.c:988-1003) leaves a file that already holds the result untouched.
      boolean same = statusMessages && AtomicFiles.holds(target.get(), config);
      if (!same) {
        AtomicFiles.write(target.get(), config);
      }
      if (statusMessages) {
        // conf_default_message_callback() (confdata.c:176-181)
        out.print(
            "#\n# "
                + (same ? "No change to " : "configuration written to ")
                + target.get()
                + "\n#\n");
        out.flush();
      }
    }
    return 0;
  }

  private static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
  }
}
