package org.kclint.diag;

import java.util.Collection;
import java.util.Optional;

/** Did-you-mean for unknown names: the known name at the smallest edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /** The known name closest to {@code name}, if one is close enough to be a misspelling. */
  public static Optional<String> closest(String name, Collection<String> known) {
    int limit = Math.max(2, name.length() / 4);
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - name.length()) >= bestDistance) {
        continue;
      }
      int d = distance(name, candidate, bestDistance);
      if (d < bestDistance
          || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * How a message names what is known instead of {@code name}: {@code did you mean X?}, or, with
   * nothing close, every known name.
   */
  public static String didYouMean(String name, Collection<String> known) {
    return closest(name, known)
        .map(k -> "did you mean " + k + "?")
        .orElseGet(() -> "known: " + String.join(", ", known.stream().sorted().toList()));
  }

  /** Levenshtein distance, giving up (returning {@code cap}) once it cannot be below cap. */
  private static int distance(String a, String b, int cap) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
