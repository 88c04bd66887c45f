package org.kclint.report;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,title=RULE::message}): printed in
 * a job's log they annotate the pull request's diff, with no upload step.
 */
public final class GithubFormat implements ReportFormat {

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      out.append("::").append(command(f)).append(" file=").append(property(f.position().file()));
      if (!f.position().wholeFile()) {
        out.append(",line=").append(f.position().line());
      }
      if (!f.position().wholeFile() && f.position().column() > 0) {
        out.append(",col=").append(f.position().column());
      }
      out.append(",title=")
          .append(property(f.rule()))
          .append("::")
          .append(data(message(f)))
          .append('\n');
    }
    return out.toString();
  }

  private static String command(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** The message with its fixes, which the annotation shows under the title. */
  private static String message(Finding f) {
    StringBuilder m = new StringBuilder(f.message());
    for (String line : f.detail()) {
      m.append('\n').append(line);
    }
    for (SuggestedFix fix : f.fixes()) {
      m.append("\nfix: ").append(fix.description()).append(": ").append(fix.changesText());
    }
    return m.toString();
  }

  /** Escaping as @actions/core's command.ts does for the message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** ... and for property values, which also may not hold ':' or ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
