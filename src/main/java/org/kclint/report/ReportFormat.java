package org.kclint.report;

/** Turns a report into the bytes of one output format. */
public interface ReportFormat {

  String render(Report report);

  /** The formats {@code check --format} offers. */
  enum Kind {
    TEXT,
    JSON,
    SARIF,
    JUNIT,
    GITHUB;

    public ReportFormat formatter(boolean colour) {
      return switch (this) {
        case TEXT -> new TextFormat(colour);
        case JSON -> new JsonFormat();
        case SARIF -> new SarifFormat();
        case JUNIT -> new JunitFormat();
        case GITHUB -> new GithubFormat();
      };
    }
  }
}
