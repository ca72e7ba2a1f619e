package org.talentbruecke.reference.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which the skills ESCO lists for the chosen occupations are offered (job seeker's
 * skills step, employer's requirements; decision 007): essential skills before optional ones; among
 * them, the skills that more published openings in the region ask for first; then what a person
 * does (ESCO's skills and competences) before fields of knowledge such as "Chirurgie"; then ESCO's
 * order as given. The first {@link #FIRST} are shown, the rest on demand.
 */
public final class SkillSuggestionRanking {
  /** How many suggestions a page shows before "show all". */
  public static final int FIRST = 10;

  /**
   * One skill ESCO suggests.
   *
   * @param essential essential for at least one of the chosen occupations
   * @param knowledge ESCO types it as knowledge, not as a skill or competence
   */
  public record Suggestion(String uri, boolean essential, boolean knowledge) {}

  private SkillSuggestionRanking() {}

  /**
   * The suggestions in the order to offer them; a URI listed twice keeps its first place and is
   * essential when either entry is.
   *
   * @param inEscoOrder the suggestions as ESCO lists them (preferred occupation first)
   * @param openingsAsking per skill URI, how many published openings ask for it (missing = none)
   */
  public static List<Suggestion> rank(
      List<Suggestion> inEscoOrder, Map<String, ? extends Number> openingsAsking) {
    List<Suggestion> distinct = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    for (Suggestion s : inEscoOrder) {
      Integer seen = at.get(s.uri());
      if (seen == null) {
        at.put(s.uri(), distinct.size());
        distinct.add(s);
      } else if (s.essential() && !distinct.get(seen).essential()) {
        distinct.set(seen, new Suggestion(s.uri(), true, distinct.get(seen).knowledge()));
      }
    }
    Comparator<Suggestion> order =
        Comparator.comparing((Suggestion s) -> !s.essential())
            .thenComparing(s -> -demand(openingsAsking, s.uri()))
            .thenComparing(Suggestion::knowledge)
            .thenComparing(s -> at.get(s.uri()));
    distinct.sort(order);
    return List.copyOf(distinct);
  }

  private static long demand(Map<String, ? extends Number> openingsAsking, String uri) {
    Number n = openingsAsking.get(uri);
    return n == null ? 0 : n.longValue();
  }
}
