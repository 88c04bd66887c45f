package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.HashCode;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.kconfig.KconfigTree;

/**
 * Reads a whole Kconfig tree as the kernel's conf does: the file {@code Kconfig} at the tree root,
 * every file it sources, macros expanded in reading order. The one entry point of this package; bad
 * input of any kind is a positioned {@link org.kclint.diag.InputException}.
 */
public final class KconfigReader {
  /** The file conf starts from. */
  public static final String TOP_FILE = "Kconfig";

  private KconfigReader() {}

  /**
   * A tree with what it was read from.
   *
   * @param digest of the inputs with what each gave, as {@link #inputsDigest} computes it
   * @param stamps each file's stamp, in the order of {@link ReadInputs#files}
   */
  public record Reading(
      KconfigTree tree, ReadInputs inputs, HashCode digest, ImmutableList<FileStamp> stamps) {}

  /**
   * The inputs of a reading as they are now.
   *
   * @param digest equal to the reading's {@link Reading#digest} exactly when each input gives what
   *     it gave then
   * @param stamps each file's stamp now, in the order of {@link ReadInputs#files}: the one vouched
   *     for, or a new one where the file was read
   */
  public record Check(HashCode digest, ImmutableList<FileStamp> stamps) {}

  public static KconfigTree read(KconfigOptions options) {
    return readRecorded(options).tree();
  }

  /** Reads the tree, recording its inputs. */
  public static Reading readRecorded(KconfigOptions options) {
    if (!Files.isRegularFile(options.srctree().resolve(TOP_FILE))) {
      throw new InputException(
          Position.ofLine(options.srctree().toString(), 0),
          "not a Kconfig tree: it has no file " + TOP_FILE,
          "can't find file " + TOP_FILE);
    }
    InputLog log = new InputLog();
    KconfigFiles files = new KconfigFiles(options.srctree(), log);
    ImmutableMap<String, String> environment = environment(options, files);
    ParseErrors errors = new ParseErrors(options.warnings());
    Preprocessor macros =
        new Preprocessor(
            environment,
            shell(options, files, environment, log, errors),
            errors,
            options.info(),
            log);
    KconfigTree tree;
    try {
      tree = new KconfigTreeBuilder(files, macros, errors).build(TOP_FILE);
    } catch (InputException e) {
      throw errors.stop(e);
    }
    errors.finish();
    return new Reading(tree, log.inputs(), log.digest(), log.stamps());
  }

  /**
   * The digest of {@code inputs} as they are now (the files on disk, the environment and the
   * profile of {@code options}), and the files' stamps. A file whose stat {@code unchanged} vouches
   * for (given the stat now, a digest of its bytes) is not read; the others are. Reads nothing but
   * those inputs; an input that now fails (a file gone, a lookup refused) digests as failed.
   */
  public static Check inputsDigest(
      KconfigOptions options,
      ReadInputs inputs,
      BiFunction<String, FileStat, Optional<FileStamp>> unchanged) {
    InputLog log = new InputLog();
    KconfigFiles files = new KconfigFiles(options.srctree(), log);
    Position nowhere = Position.ofLine(TOP_FILE, 0);
    // Lookups first: they name the path each file is opened by, as when reading.
    for (ReadInputs.SourceLookup lookup : inputs.lookups()) {
      try {
        files.resolve(lookup.written(), nowhere);
      } catch (InputException e) {
        log.failedLookup(lookup, e.getMessage());
      }
    }
    for (String name : inputs.files()) {
      FileStat stat = files.stat(name);
      Optional<FileStamp> known = unchanged.apply(name, stat);
      if (known.isPresent()) {
        log.file(name, known.get());
        continue;
      }
      try {
        log.file(name, stat, files.bytes(name, nowhere));
      } catch (InputException e) {
        log.unreadable(name, stat);
      }
    }
    ImmutableMap<String, String> environment = environment(options, files);
    for (String name : inputs.variables()) {
      log.variable(name, Optional.ofNullable(environment.get(name)));
    }
    ShellResults shell = shell(options, files, environment, log, options.warnings());
    for (String command : inputs.commands()) {
      log.command(command, shell.recorded(command));
    }
    return new Check(log.digest(), log.stamps());
  }

  /** The variables Kconfig sees: the options' environment with ARCH, SRCARCH and srctree. */
  private static ImmutableMap<String, String> environment(
      KconfigOptions options, KconfigFiles files) {
    Map<String, String> environment = new HashMap<>(options.environment());
    environment.put("ARCH", options.arch());
    environment.put("SRCARCH", options.arch());
    environment.putIfAbsent("srctree", files.root().toString());
    return ImmutableMap.copyOf(environment);
  }

  private static ShellResults shell(
      KconfigOptions options,
      KconfigFiles files,
      ImmutableMap<String, String> environment,
      InputLog log,
      Consumer<String> warnings) {
    return new ShellResults(
        options.toolchain(),
        options.allowShell(),
        options.shellTimeout(),
        files.root(),
        environment.get("srctree"),
        environment,
        warnings,
        options.shellRuns(),
        log);
  }
}
