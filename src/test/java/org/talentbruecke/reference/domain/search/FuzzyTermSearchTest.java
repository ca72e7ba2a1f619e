package org.talentbruecke.reference.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The pruned fuzzy walk must find exactly what a brute-force comparison finds. */
class FuzzyTermSearchTest {

  @Test
  void findsExactlyTheTermsABruteForceComparisonFinds() {
    Random random = new Random(42);
    TreeSet<String> words = new TreeSet<>();
    while (words.size() < 3_000) {
      words.add(randomWord(random, 1 + random.nextInt(10)));
    }
    String[] terms = words.toArray(new String[0]);
    TermDictionary dictionary = new TermDictionary(terms, new int[terms.length + 1], new int[0]);
    for (int round = 0; round < 150; round++) {
      String query =
          round % 3 == 0
              ? mutate(terms[random.nextInt(terms.length)], random)
              : randomWord(random, 4 + random.nextInt(7));
      int maxEdits = TokenMatches.allowedEdits(query.length());
      FuzzyTermSearch.Result result = FuzzyTermSearch.search(dictionary, query, maxEdits);

      Map<Integer, Integer> actual = new HashMap<>();
      for (int i = 0; i < result.termIds().length; i++) {
        actual.put(result.termIds()[i], (int) result.edits()[i]);
      }
      assertThat(actual).as("query %s", query).isEqualTo(bruteForce(terms, query, maxEdits));
    }
  }

  @Test
  void countsASwapOfNeighboursAsOneEdit() {
    String[] terms = {"baecker", "baeckerin", "koch"};
    TermDictionary dictionary = new TermDictionary(terms, new int[terms.length + 1], new int[0]);

    FuzzyTermSearch.Result result = FuzzyTermSearch.search(dictionary, "beacker", 1);

    assertThat(result.termIds()).containsExactly(0, 1);
    assertThat(result.edits()).containsExactly(1, 1);
  }

  /** Smallest optimal-string-alignment distance between the query and any prefix of each term. */
  private static Map<Integer, Integer> bruteForce(String[] terms, String query, int maxEdits) {
    Map<Integer, Integer> expected = new HashMap<>();
    for (int id = 0; id < terms.length; id++) {
      int best = prefixDistance(query, terms[id]);
      if (best >= 1 && best <= maxEdits) {
        expected.put(id, best);
      }
    }
    return expected;
  }

  private static int prefixDistance(String q, String t) {
    int[][] d = new int[q.length() + 1][t.length() + 1];
    for (int i = 0; i <= q.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= q.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = q.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && q.charAt(i - 1) == t.charAt(j - 2)
            && q.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Arrays.stream(d[q.length()]).min().orElseThrow();
  }

  private static String randomWord(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append("abcdef".charAt(random.nextInt(6)));
    }
    return word.toString();
  }

  private static String mutate(String word, Random random) {
    StringBuilder mutated = new StringBuilder(word.length() < 4 ? word + "abcd" : word);
    int at = random.nextInt(mutated.length());
    mutated.setCharAt(at, "abcdef".charAt(random.nextInt(6)));
    return mutated.toString();
  }
}
