package org.talentbruecke.reference.domain.search;

/**
 * Every indexed label as parallel arrays (concept, kind, language, word ids, text), and the ranking
 * of one label against a query. Arrays instead of objects keep ~150,000 labels within a few
 * megabytes.
 */
final class LabelTable {

  static final byte PREFERRED = 0;
  static final byte ALTERNATIVE = 1;
  static final byte HIDDEN = 2;

  // bit layout of a rank key, most significant first; a larger key is a better match
  private static final int TIER_SHIFT = 44;
  private static final int PHRASE_SHIFT = 43;
  private static final int LANGUAGE_SHIFT = 42;
  private static final int EXACT_WORDS_SHIFT = 38;
  private static final int KIND_SHIFT = 36;
  private static final int EXTRA_WORDS_SHIFT = 28;
  private static final int TIER_FUZZY_BASE = 5;

  final int[] concept;
  final byte[] kind;
  final byte[] language;
  final int[] tokenStart;
  final int[] tokens;
  final String[] text;

  LabelTable(
      int[] concept, byte[] kind, byte[] language, int[] tokenStart, int[] tokens, String[] text) {
    this.concept = concept;
    this.kind = kind;
    this.language = language;
    this.tokenStart = tokenStart;
    this.tokens = tokens;
    this.text = text;
  }

  int size() {
    return concept.length;
  }

  /**
   * Rank key of a label for a query, or -1 if some query word is not in the label. Order: exact and
   * prefix matches of preferred labels, then of alternative labels, then labels containing all
   * words, then typo matches with fewer edits; within a tier the requested language, whole words,
   * preferred labels, fewer extra words and shorter labels come first.
   */
  long rank(int label, TokenMatches[] query, int requestedLanguage) {
    int start = tokenStart[label];
    int count = tokenStart[label + 1] - start;
    int edits = 0;
    int exactWords = 0;
    for (TokenMatches word : query) {
      int best = TokenMatches.NONE;
      for (int t = start; t < start + count && best != TokenMatches.EXACT; t++) {
        best = Math.min(best, word.cost(tokens[t]));
      }
      if (best == TokenMatches.NONE) {
        return -1;
      }
      if (best == TokenMatches.EXACT) {
        exactWords++;
      } else if (best > TokenMatches.PREFIX) {
        edits += best - 1;
      }
    }
    boolean phrase = count >= query.length;
    boolean exactInOrder = count == query.length;
    for (int j = 0; j < query.length && phrase; j++) {
      int cost = query[j].cost(tokens[start + j]);
      boolean last = j == query.length - 1;
      phrase = cost != TokenMatches.NONE && (last || cost != TokenMatches.PREFIX);
      exactInOrder &= cost == TokenMatches.EXACT;
    }
    boolean preferred = kind[label] == PREFERRED;
    int tier;
    if (edits > 0) {
      tier = TIER_FUZZY_BASE - Math.min(edits, 3);
    } else if (exactInOrder && phrase) {
      tier = preferred ? 11 : 9;
    } else if (phrase) {
      tier = preferred ? 10 : 8;
    } else {
      tier = preferred ? 7 : 6;
    }
    long key = (long) tier << TIER_SHIFT;
    key |= (phrase ? 1L : 0L) << PHRASE_SHIFT;
    key |= (language[label] == requestedLanguage ? 1L : 0L) << LANGUAGE_SHIFT;
    key |= (long) Math.min(exactWords, 15) << EXACT_WORDS_SHIFT;
    key |= (long) (HIDDEN - kind[label]) << KIND_SHIFT;
    key |= (long) (255 - Math.min(count - query.length, 255)) << EXTRA_WORDS_SHIFT;
    key |= 65535 - Math.min(text[label].length(), 65535);
    return key;
  }

  static MatchKind matchKind(long key) {
    int tier = (int) (key >>> TIER_SHIFT);
    if (tier >= 10) {
      return tier == 11 ? MatchKind.EXACT : MatchKind.PREFIX;
    }
    if (tier >= 8) {
      return tier == 9 ? MatchKind.EXACT : MatchKind.PREFIX;
    }
    return tier >= 6 ? MatchKind.WORDS : MatchKind.FUZZY;
  }

  long estimatedBytes() {
    long bytes =
        4L * concept.length
            + kind.length
            + language.length
            + 4L * tokenStart.length
            + 4L * tokens.length;
    for (String label : text) {
      bytes += 8 + 40 + label.length();
    }
    return bytes;
  }
}
