package org.kclint.rules;

/** Evidence for a rule: a kernel source location, a commit, a mailing-list thread, a document. */
public record Reference(Kind kind, String target, String note) {

  public enum Kind {
    FILE,
    COMMIT,
    THREAD,
    DOC;

    public String spelling() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return kind.spelling() + " " + target + " — " + note;
  }
}
