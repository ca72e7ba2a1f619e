package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * What the opening editor offers while an employer types: occupations and skills from the ESCO
 * search, and the skills ESCO lists as essential or optional for the chosen occupation.
 */
@ApplicationScoped
public class RequirementSuggestions {
  static final int TYPE_AHEAD_LIMIT = 10;

  @Inject private ConceptSearch search;
  @Inject private EscoStore store;

  /**
   * An ESCO concept and its label in the reader's language, or a fallback in {@code language};
   * {@code knowledge} when ESCO types the skill as knowledge rather than skill or competence.
   */
  public record Choice(String uri, String label, String language, boolean knowledge) {
    public Choice(String uri, String label, String language) {
      this(uri, label, language, false);
    }
  }

  /** The skills ESCO links to an occupation. */
  public record SuggestedSkills(List<Choice> essential, List<Choice> optional) {
    public static SuggestedSkills none() {
      return new SuggestedSkills(List.of(), List.of());
    }
  }

  public List<Choice> occupations(String query, Locale locale) {
    return find(query, locale, ConceptType.OCCUPATION);
  }

  public List<Choice> skills(String query, Locale locale) {
    return find(query, locale, ConceptType.SKILL);
  }

  public SuggestedSkills skillsOf(String occupationUri, Locale locale) {
    if (occupationUri == null) {
      return SuggestedSkills.none();
    }
    return store
        .occupationSkills(occupationUri, locale.getLanguage())
        .map(o -> new SuggestedSkills(choices(o.essential()), choices(o.optional())))
        .orElse(SuggestedSkills.none());
  }

  private List<Choice> find(String query, Locale locale, ConceptType type) {
    if (query == null || query.strip().length() < 2 || !search.isReady()) {
      return List.of();
    }
    return search.search(query.strip(), locale.getLanguage(), type, TYPE_AHEAD_LIMIT).stream()
        .map(hit -> new Choice(hit.uri(), hit.label().text(), hit.label().language()))
        .toList();
  }

  private static List<Choice> choices(List<OccupationSkills.ConceptLabel> labels) {
    return labels.stream()
        .map(l -> new Choice(l.uri(), l.label(), l.language(), l.knowledge()))
        .toList();
  }
}
