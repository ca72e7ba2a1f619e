package org.talentbruecke.reference.domain.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

/** Collects labels of concepts into the compact arrays of a {@link LabelSearchIndex}. */
final class LabelSearchIndexBuilder {

  private final List<String> languages;
  private final Set<ConceptType> types;
  private final List<ConceptEntry> concepts = new ArrayList<>();
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private final IntBuffer labelConcept = new IntBuffer();
  private final IntBuffer labelInfo = new IntBuffer();
  private final IntBuffer tokenStart = new IntBuffer();
  private final IntBuffer tokens = new IntBuffer();
  private final List<String> texts = new ArrayList<>();

  LabelSearchIndexBuilder(List<String> languages, Set<ConceptType> types) {
    this.languages = List.copyOf(languages);
    this.types = Set.copyOf(types);
    tokenStart.add(0);
  }

  void add(EscoConcept concept) {
    if (!types.contains(concept.type())
        || languages.stream().noneMatch(concept.labels()::containsKey)) {
      return;
    }
    int id = concepts.size();
    String[] preferred = new String[languages.size()];
    for (int lang = 0; lang < languages.size(); lang++) {
      LocalizedLabels labels = concept.labels().get(languages.get(lang));
      if (labels == null) {
        continue;
      }
      preferred[lang] = labels.preferredLabel();
      // ESCO often repeats the preferred label among the alternatives; index each text once, at its
      // best kind
      Set<String> seen = new HashSet<>();
      addLabel(id, lang, LabelTable.PREFERRED, labels.preferredLabel(), seen);
      for (String text : labels.altLabels()) {
        addLabel(id, lang, LabelTable.ALTERNATIVE, text, seen);
      }
      for (String text : labels.hiddenLabels()) {
        addLabel(id, lang, LabelTable.HIDDEN, text, seen);
      }
    }
    concepts.add(
        new ConceptEntry(
            concept.uri(), concept.type(), concept.code(), concept.iscoGroupCode(), preferred));
  }

  private void addLabel(int concept, int language, byte kind, String text, Set<String> seen) {
    List<String> words = SearchText.words(text);
    if (words.isEmpty() || !seen.add(String.join(" ", words))) {
      return;
    }
    for (String word : words) {
      Integer id = termIds.get(word);
      if (id == null) {
        id = terms.size();
        termIds.put(word, id);
        terms.add(word);
      }
      tokens.add(id);
    }
    tokenStart.add(tokens.size());
    labelConcept.add(concept);
    labelInfo.add(kind << 8 | language);
    texts.add(text);
  }

  LabelSearchIndex build() {
    String[] sorted = terms.toArray(new String[0]);
    Arrays.sort(sorted);
    int[] newId = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      newId[termIds.get(sorted[i])] = i;
    }
    int[] labelTokens = tokens.toArray();
    for (int i = 0; i < labelTokens.length; i++) {
      labelTokens[i] = newId[labelTokens[i]];
    }
    int[] starts = tokenStart.toArray();
    int labels = texts.size();
    byte[] kinds = new byte[labels];
    byte[] langs = new byte[labels];
    int[] info = labelInfo.toArray();
    for (int i = 0; i < labels; i++) {
      kinds[i] = (byte) (info[i] >>> 8);
      langs[i] = (byte) (info[i] & 0xFF);
    }
    TermDictionary dictionary = postings(sorted, labelTokens, starts);
    LabelTable table =
        new LabelTable(
            labelConcept.toArray(),
            kinds,
            langs,
            starts,
            labelTokens,
            texts.toArray(new String[0]));
    return new LabelSearchIndex(
        dictionary, table, concepts.toArray(new ConceptEntry[0]), languages);
  }

  /**
   * Inverts label→words into word→labels; label ids come out ascending because labels are visited
   * in order.
   */
  private static TermDictionary postings(String[] sorted, int[] labelTokens, int[] starts) {
    int[] count = new int[sorted.length + 1];
    int labels = starts.length - 1;
    for (int label = 0; label < labels; label++) {
      forEachDistinct(labelTokens, starts[label], starts[label + 1], term -> count[term + 1]++);
    }
    for (int i = 1; i < count.length; i++) {
      count[i] += count[i - 1];
    }
    int[] postings = new int[count[sorted.length]];
    int[] next = Arrays.copyOf(count, sorted.length);
    for (int label = 0; label < labels; label++) {
      int current = label;
      forEachDistinct(
          labelTokens, starts[label], starts[label + 1], term -> postings[next[term]++] = current);
    }
    return new TermDictionary(sorted, count, postings);
  }

  private static void forEachDistinct(
      int[] values, int from, int to, java.util.function.IntConsumer action) {
    for (int i = from; i < to; i++) {
      boolean repeated = false;
      for (int j = from; j < i && !repeated; j++) {
        repeated = values[j] == values[i];
      }
      if (!repeated) {
        action.accept(values[i]);
      }
    }
  }

  /** A growable int array, to avoid boxing hundreds of thousands of ids while building. */
  private static final class IntBuffer {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
