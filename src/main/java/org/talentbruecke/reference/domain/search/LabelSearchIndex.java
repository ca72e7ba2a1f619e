package org.talentbruecke.reference.domain.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabel;

/**
 * In-memory type-ahead search over ESCO preferred, alternative and hidden labels. Matching ignores
 * case, accepts umlauts written as ae/oe/ue/ss, treats every query word as a possible word start,
 * and tolerates one typing error in words of 4+ letters and two in words of 8+. Immutable and safe
 * for concurrent searches; rebuild to refresh.
 */
public final class LabelSearchIndex {

  /**
   * Languages indexed by default. Their order is the fallback order for labels shown: German first,
   * because it is the fallback for labels missing in English too, then English; Arabic and
   * Ukrainian (ESCO has them for occupations and some skills) are shown only when asked for.
   */
  public static final List<String> DEFAULT_LANGUAGES = List.of("de", "en", "ar", "uk");

  private static final int MAX_QUERY_WORDS = 8;
  private static final int MAX_QUERY_LENGTH = 200;

  private final TermDictionary dictionary;
  private final LabelTable labels;
  private final ConceptEntry[] concepts;
  private final List<String> languages;
  private final Map<String, Integer> byUri;

  LabelSearchIndex(
      TermDictionary dictionary,
      LabelTable labels,
      ConceptEntry[] concepts,
      List<String> languages) {
    this.dictionary = dictionary;
    this.labels = labels;
    this.concepts = concepts;
    this.languages = languages;
    this.byUri = new HashMap<>(concepts.length * 2);
    for (int i = 0; i < concepts.length; i++) {
      byUri.put(concepts[i].uri(), i);
    }
  }

  /**
   * The concept with this URI as a hit of its own preferred label, so that pages can show stored
   * URIs without a database round trip; empty for URIs the index does not hold.
   */
  public Optional<SearchHit> find(String uri, String language) {
    Integer concept = uri == null ? null : byUri.get(uri);
    if (concept == null) {
      return Optional.empty();
    }
    ConceptEntry entry = concepts[concept];
    LocalizedLabel shown = displayLabel(concept, language);
    return Optional.of(
        new SearchHit(
            entry.uri(),
            entry.type(),
            shown,
            !shown.language().equals(language),
            shown,
            MatchKind.EXACT,
            entry.code(),
            entry.iscoGroupCode()));
  }

  /** Indexes the labels of all skills and occupations in the {@link #DEFAULT_LANGUAGES}. */
  public static LabelSearchIndex build(Iterable<EscoConcept> concepts) {
    return build(
        concepts, EnumSet.of(ConceptType.SKILL, ConceptType.OCCUPATION), DEFAULT_LANGUAGES);
  }

  /**
   * Indexes the labels of the given concept types in the given languages.
   *
   * @param languages indexed languages; their order is also the fallback order for labels shown
   */
  public static LabelSearchIndex build(
      Iterable<EscoConcept> concepts, Set<ConceptType> types, List<String> languages) {
    if (languages.isEmpty() || languages.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("between 1 and 127 languages expected");
    }
    LabelSearchIndexBuilder builder = new LabelSearchIndexBuilder(languages, types);
    concepts.forEach(builder::add);
    return builder.build();
  }

  /** Searches skills and occupations alike. */
  public List<SearchHit> search(String query, String language, int limit) {
    return search(query, language, EnumSet.allOf(ConceptType.class), limit);
  }

  /**
   * Finds concepts whose labels match every word of the query, best first.
   *
   * @param language the language wanted for the labels shown (labels of all indexed languages are
   *     searched)
   * @param types concept types to return
   */
  public List<SearchHit> search(String query, String language, Set<ConceptType> types, int limit) {
    String bounded =
        query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
    List<String> words = SearchText.words(bounded);
    if (words.isEmpty() || limit <= 0) {
      return List.of();
    }
    words = words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
    TokenMatches[] matches = new TokenMatches[words.size()];
    int driver = 0;
    long smallest = Long.MAX_VALUE;
    for (int i = 0; i < matches.length; i++) {
      matches[i] = TokenMatches.of(dictionary, words.get(i));
      if (matches[i].isEmpty()) {
        return List.of();
      }
      long volume = matches[i].postingVolume(dictionary);
      if (volume < smallest) {
        smallest = volume;
        driver = i;
      }
    }
    Candidates candidates = new Candidates(concepts.length);
    int requested = languages.indexOf(language);
    BitSet seen = new BitSet(labels.size());
    matches[driver].forEachTerm(
        term -> {
          for (int p = dictionary.postingStart(term); p < dictionary.postingEnd(term); p++) {
            int label = dictionary.posting(p);
            if (seen.get(label)) {
              continue;
            }
            seen.set(label);
            int concept = labels.concept[label];
            if (types.contains(concepts[concept].type())) {
              candidates.offer(concept, label, labels.rank(label, matches, requested));
            }
          }
        });
    return toHits(candidates, language, limit);
  }

  private List<SearchHit> toHits(Candidates candidates, String language, int limit) {
    List<SearchHit> hits = new ArrayList<>();
    for (int concept : candidates.best(limit, c -> displayLabel(c, language).text())) {
      ConceptEntry entry = concepts[concept];
      int label = candidates.label(concept);
      LocalizedLabel shown = displayLabel(concept, language);
      LocalizedLabel matched =
          new LocalizedLabel(labels.text[label], languages.get(labels.language[label]));
      hits.add(
          new SearchHit(
              entry.uri(),
              entry.type(),
              shown,
              !shown.language().equals(language),
              matched,
              LabelTable.matchKind(candidates.key(concept)),
              entry.code(),
              entry.iscoGroupCode()));
    }
    return hits;
  }

  private LocalizedLabel displayLabel(int concept, String language) {
    String[] preferred = concepts[concept].preferredLabels();
    int wanted = languages.indexOf(language);
    if (wanted >= 0 && preferred[wanted] != null) {
      return new LocalizedLabel(preferred[wanted], language);
    }
    for (int i = 0; i < preferred.length; i++) {
      if (preferred[i] != null) {
        return new LocalizedLabel(preferred[i], languages.get(i));
      }
    }
    throw new IllegalStateException(
        "indexed concept without preferred label: " + concepts[concept].uri());
  }

  public int conceptCount() {
    return concepts.length;
  }

  public int labelCount() {
    return labels.size();
  }

  public int wordCount() {
    return dictionary.size();
  }

  /** A rough size of the index's own arrays and strings in bytes, for capacity planning. */
  public long estimatedBytes() {
    long conceptBytes = 0;
    for (ConceptEntry entry : concepts) {
      conceptBytes += 64 + entry.uri().length() + 16L * entry.preferredLabels().length;
    }
    return dictionary.estimatedBytes() + labels.estimatedBytes() + conceptBytes;
  }
}
