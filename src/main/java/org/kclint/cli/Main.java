package org.kclint.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.io.ByteWriter;
import org.kclint.report.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kclint} command: one subcommand per job, exit codes as SPEC §5 sets them. The
 * subcommands are added in {@link #commandLine}, so that a run builds only those it needs.
 */
@Command(
    name = "kclint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Lint a Linux kernel configuration against its Kconfig tree and its board.")
public final class Main {
  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CommandLine.HelpCommand.class,
          SymbolsCommand.class,
          RulesCommand.class,
          ExplainCommand.class,
          TraceCommand.class,
          ReplayCommand.class,
          ResolveCommand.class,
          ScenariosCommand.class,
          CheckCommand.class,
          FixCommand.class,
          DiffCommand.class,
          BoardCommand.class,
          RecordCommand.class,
          CompletionCommand.class,
          ManCommand.class,
          LspCommand.class);

  /** The subcommands that show the others and so need them all. */
  private static final Set<Class<?>> SHOWING_OTHERS =
      Set.of(CommandLine.HelpCommand.class, CompletionCommand.class, ManCommand.class);

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new ByteWriter(System.out)), true);
    PrintWriter err = new PrintWriter(new BufferedWriter(new ByteWriter(System.err)), true);
    int exit = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /**
   * Runs kclint as the process would, with the given streams; returns the exit code. The work runs
   * on a thread with the stack {@link InputLimits#STACK_BYTES}, which the nesting limits of the
   * readers are measured against (the JVM's default main-thread stack is 1 MiB).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int[] exit = {ExitCode.BAD_INPUT.code()};
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                exit[0] = execute(args, out, err);
              } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // A limit we failed to enforce, or a bug outside a command: still one line,
                // never a stack trace.
                err.println("kclint: internal error: " + e);
                err.flush();
              }
            },
            "kclint",
            InputLimits.STACK_BYTES);
    worker.start();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return exit[0];
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(needed(args));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println(describe(ex));
          commandLine.getErr().flush();
          return ExitCode.BAD_INPUT.code();
        });
    return cli.execute(args);
  }

  /**
   * The command tree as {@code --help}, usage errors and the man pages show it: a one-line synopsis
   * ({@code [OPTIONS]}, the options are listed below it), enum values in any case, one-line usage
   * errors.
   */
  static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  /**
   * The subcommands a run needs: the one its first argument names, unless that one shows the
   * others; else all. Building every command's spec took a fifth of a one-shot resolve's CPU.
   */
  private static List<Class<?>> needed(String[] args) {
    if (args.length > 0) {
      for (Class<?> command : SUBCOMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(args[0])
            && !SHOWING_OTHERS.contains(command)) {
          return List.of(command);
        }
      }
    }
    return SUBCOMMANDS;
  }

  private static CommandLine commandLine(List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    for (Class<?> command : subcommands) {
      cli.addSubcommand(command);
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new UsageErrors());
    abbreviateSynopsis(cli);
    return cli;
  }

  private static void abbreviateSynopsis(CommandLine command) {
    command.getCommandSpec().usageMessage().abbreviateSynopsis(true);
    command.getSubcommands().values().forEach(Main::abbreviateSynopsis);
  }

  private static String describe(Exception ex) {
    if (ex instanceof InputException input) {
      return input.diagnostic();
    }
    if (ex instanceof UncheckedIOException io) {
      return "kclint: error: " + io.getMessage();
    }
    // A bug of ours, not the user's: still one line, never a stack trace.
    return "kclint: internal error: " + ex;
  }

  /** Reports the version and build recorded at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "kclint " + ToolVersion.number() + " (built " + ToolVersion.built() + ")",
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
