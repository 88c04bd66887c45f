package org.kclint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error as gcc and shellcheck print one: a single line naming the command, what is wrong,
 * the valid values or the nearest option where there are some, and where the help is; never the
 * whole help screen, which buries the one line that matters.
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    command.getErr().println(line(ex));
    command.getErr().flush();
    return ExitCode.USAGE.code();
  }

  static String line(ParameterException ex) {
    String name = ex.getCommandLine().getCommandSpec().qualifiedName();
    return name + ": error: " + message(ex) + " (see '" + name + " --help')";
  }

  private static String message(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    ArgSpec arg = ex.getArgSpec();
    // An option with a fixed set of values: an enum's constants, or the candidates it names.
    if (arg != null && arg.completionCandidates() != null && ex.getValue() != null) {
      return name(arg) + ": '" + ex.getValue() + "' is not one of " + choices(arg);
    }
    return sentence(ex.getMessage());
  }

  private static String unmatched(UnmatchedArgumentException ex) {
    List<String> suggestions = ex.getSuggestions();
    String what =
        ex.isUnknownOption()
            ? "unknown option '" + ex.getUnmatched().get(0) + "'"
            : "unexpected argument '" + ex.getUnmatched().get(0) + "'";
    if (suggestions.isEmpty()) {
      return what;
    }
    return what + "; did you mean " + or(suggestions.stream().limit(3).toList()) + "?";
  }

  /** The values an option takes, as the user types them. */
  private static String choices(ArgSpec arg) {
    List<String> words = new ArrayList<>();
    arg.completionCandidates().forEach(c -> words.add(c.toLowerCase(Locale.ROOT)));
    return or(words);
  }

  private static String or(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + words.get(words.size() - 1);
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /**
   * picocli's messages start with a capital ("Missing required option"), some with "Error: "; ours
   * continue a line that says error already.
   */
  private static String sentence(String picocli) {
    String message = picocli.startsWith("Error: ") ? picocli.substring(7) : picocli;
    if (message.length() > 1
        && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return message;
  }
}
