package org.kclint.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Did-you-mean for unknown names: the known name at the smallest edit distance (Levenshtein), ties
 * going to the name with the longest start in common, then to the first in alphabetical order.
 *
 * <p>The first few names asked about are measured against every known name: a config with a handful
 * of unknown symbols asks a handful of times, and indexing a tree's 20,000 names cost a one-shot
 * check more than measuring them all (a tenth of its run, JFR). A config of 60,000 unknown symbols
 * asks 60,000 times, so from then on the names are indexed by their letter pairs (bigrams, the name
 * framed by {@code ^} and {@code $}). Each edit removes at most two of a name's distinct bigrams,
 * so a name within distance {@code k} of another shares at least {@code max(distinct bigrams of
 * either) - 2k} with it: only the names sharing that many are measured, and names too short for the
 * bound to hold (it is then zero or less) are measured all. Both ways give the same answer.
 */
public final class Suggestions {
  private static final int[] NONE = {};

  /** Names asked about before the index pays for itself. */
  private static final int ASKED_BEFORE_INDEX = 16;

  private final List<String> names;
  private int asked;
  private BigramIndex index;

  private Suggestions(Collection<String> known) {
    names = known.stream().distinct().toList();
  }

  /** Known names for asking about many names (from one thread). */
  public static Suggestions of(Collection<String> known) {
    return new Suggestions(known);
  }

  /** The known name closest to {@code name}, if one is close enough to be a misspelling. */
  public static Optional<String> closest(String name, Collection<String> known) {
    return of(known).closest(name);
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

  /** The known name closest to {@code name}, if one is close enough to be a misspelling. */
  public Optional<String> closest(String name) {
    if (index == null && ++asked > ASKED_BEFORE_INDEX) {
      index = new BigramIndex();
    }
    Closest closest = new Closest(name);
    if (index == null) {
      for (int id = 0; id < names.size(); id++) {
        closest.measure(id);
      }
    } else {
      index.measureCandidates(closest);
    }
    return closest.best >= 0 && closest.bestDistance <= closest.limit
        ? Optional.of(names.get(closest.best))
        : Optional.empty();
  }

  /** The search for one name: the best id so far and its distance. */
  private final class Closest {
    final String name;
    final int limit;
    int best = -1;
    int bestDistance;

    Closest(String name) {
      this.name = name;
      this.limit = Math.max(2, name.length() / 4);
      this.bestDistance = limit + 1;
    }

    void measure(int id) {
      String candidate = names.get(id);
      if (Math.abs(candidate.length() - name.length()) > Math.min(limit, bestDistance)) {
        return;
      }
      // Measured up to bestDistance exactly, so that a tie is seen as one.
      int d = distance(name, candidate, bestDistance + 1);
      if (d < bestDistance || (best >= 0 && d == bestDistance && before(name, id, best))) {
        best = id;
        bestDistance = d;
      }
    }
  }

  /** The names by their distinct bigrams. */
  private final class BigramIndex {
    private final int[] distinctGrams;

    /** The names' ids, fewest distinct bigrams first. */
    private final int[] byGrams;

    private final Map<Integer, int[]> postings;
    private final int[] counts;

    BigramIndex() {
      distinctGrams = new int[names.size()];
      Map<Integer, List<Integer>> lists = new HashMap<>();
      for (int id = 0; id < names.size(); id++) {
        int[] grams = grams(names.get(id));
        distinctGrams[id] = grams.length;
        for (int g : grams) {
          lists.computeIfAbsent(g, x -> new ArrayList<>()).add(id);
        }
      }
      postings = new HashMap<>();
      lists.forEach(
          (g, ids) -> postings.put(g, ids.stream().mapToInt(Integer::intValue).toArray()));
      counts = new int[names.size()];
      byGrams =
          IntStream.range(0, names.size())
              .boxed()
              .sorted(Comparator.comparingInt(id -> distinctGrams[id]))
              .mapToInt(Integer::intValue)
              .toArray();
    }

    /** Measures the names that share enough bigrams with the name asked about. */
    void measureCandidates(Closest closest) {
      int limit = closest.limit;
      int[] grams = grams(closest.name);
      List<Integer> candidates = new ArrayList<>();
      for (int g : grams) {
        for (int id : postings.getOrDefault(g, NONE)) {
          if (counts[id]++ == 0) {
            candidates.add(id);
          }
        }
      }
      // Where the bound is zero (both names short), a name may share no bigram and still be close.
      for (int i = 0; i < byGrams.length && distinctGrams[byGrams[i]] <= 2 * limit; i++) {
        if (grams.length <= 2 * limit && counts[byGrams[i]] == 0) {
          candidates.add(byGrams[i]);
        }
      }
      for (int id : candidates) {
        int shared = counts[id];
        counts[id] = 0;
        if (shared >= Math.max(grams.length, distinctGrams[id]) - 2 * closest.bestDistance) {
          closest.measure(id);
        }
      }
    }
  }

  /**
   * Between two names equally far from {@code name}: the one sharing a longer start with it (a typo
   * is rarely in a name's first letters: NTFS_FS is NTFS3_FS rather than NFS_FS), then the first in
   * alphabetical order.
   */
  private boolean before(String name, int id, int other) {
    int mine = commonPrefix(name, names.get(id));
    int theirs = commonPrefix(name, names.get(other));
    return mine != theirs ? mine > theirs : names.get(id).compareTo(names.get(other)) < 0;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** The distinct bigrams of {@code name} framed by {@code ^} and {@code $}. */
  private static int[] grams(String name) {
    String framed = "^" + name + "$";
    return IntStream.range(0, framed.length() - 1)
        .map(i -> framed.charAt(i) << 16 | framed.charAt(i + 1))
        .distinct()
        .toArray();
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
    return Math.min(prev[b.length()], cap);
  }
}
