package org.kclint.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  /** The first name met at the cut-off distance used to win the tie (issue 15). */
  @Test
  void theClosestNameWinsWhateverTheOrder() {
    suggests(
        "HIGHMEM",
        "HIGHMEMM",
        List.of("HIGHMEM", "60XX_WDT", "HIGHPTE", "ADFS_FS", "NFS_FS", "NTFS3_FS"));
  }

  /** NFS_FS and NTFS3_FS are both one edit away: the one that starts alike is the likelier. */
  @Test
  void aTieGoesToTheNameThatStartsAlike() {
    suggests("NTFS3_FS", "NTFS_FS", List.of("ADFS_FS", "NFS_FS", "NTFS3_FS"));
  }

  private static void suggests(String expected, String name, List<String> known) {
    assertEquals(Optional.of(expected), Suggestions.closest(name, known));
    assertEquals(Optional.of(expected), Suggestions.closest(name, Lists.reverse(known)));
  }

  @Test
  void nothingCloseIsNoSuggestion() {
    assertEquals(Optional.empty(), Suggestions.closest("NOSUCH_12345", List.of("SMP", "HIGHMEM")));
    assertEquals(Optional.of("SMP"), Suggestions.closest("SM", List.of("SMP", "HIGHMEM")));
    assertEquals(Optional.of("A"), Suggestions.closest("B", List.of("A", "HIGHMEM")));
  }

  /**
   * The bigram index only skips names that cannot be close: on random names (short ones included,
   * where the bound is zero) it answers as measuring every name does, and so do the first names
   * asked about, which are measured against every name before the index is built.
   */
  @Test
  void theIndexAnswersAsMeasuringEveryNameDoes() {
    Random random = new Random(15);
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      known.add(randomName(random));
    }
    Suggestions index = Suggestions.of(known);
    for (int i = 0; i < 1000; i++) {
      String name =
          i % 2 == 0 ? randomName(random) : mutate(known.get(random.nextInt(known.size())), random);
      Optional<String> expected = bruteForce(name, known);
      assertEquals(expected, index.closest(name), name);
      assertEquals(expected, Suggestions.closest(name, known), name);
    }
  }

  private static String randomName(Random random) {
    int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 16);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append("ABCEHMS_0123".charAt(random.nextInt(12)));
    }
    return b.toString();
  }

  private static String mutate(String name, Random random) {
    StringBuilder b = new StringBuilder(name);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(b.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, 'X');
        case 1 -> b.deleteCharAt(Math.min(at, b.length() - 1));
        default -> b.setCharAt(Math.min(at, b.length() - 1), 'Y');
      }
      if (b.length() == 0) {
        b.append('Z');
      }
    }
    return b.toString();
  }

  /** The definition: smallest distance, then longest common start, then alphabetical order. */
  private static Optional<String> bruteForce(String name, List<String> known) {
    int limit = Math.max(2, name.length() / 4);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestPrefix = -1;
    for (String k : known.stream().distinct().sorted().toList()) {
      int d = levenshtein(name, k);
      int prefix = 0;
      while (prefix < Math.min(name.length(), k.length())
          && name.charAt(prefix) == k.charAt(prefix)) {
        prefix++;
      }
      if (d < bestDistance || (d == bestDistance && prefix > bestPrefix)) {
        best = k;
        bestDistance = d;
        bestPrefix = prefix;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] =
            i == 0 || j == 0
                ? i + j
                : Math.min(
                    Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                    d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }
}
