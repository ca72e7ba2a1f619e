package org.talentbruecke.profile.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.application.Vocabulary.OccupationFacts;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.interfaces.web.ConceptOption;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * ESCO concepts for the profile pages: type-ahead, labels of stored URIs, skills of an occupation.
 */
@Named
@RequestScoped
public class ConceptLookup {
  private static final int SUGGESTIONS = 12;

  @Inject private ConceptSearch search;
  @Inject private Vocabulary vocabulary;
  @Inject private EscoStore store;
  @Inject private LocaleBean localeBean;

  public List<ConceptOption> occupations(String query) {
    return find(query, ConceptType.OCCUPATION);
  }

  public List<ConceptOption> skills(String query) {
    return find(query, ConceptType.SKILL);
  }

  /** The concept of a stored URI with its label in the page's language. */
  public ConceptOption option(String uri) {
    return options(List.of(uri)).get(uri);
  }

  /**
   * The concepts of stored URIs, in their order, with labels in the page's language (URIs the
   * vocabulary does not know are shown as they are; null URIs are left out); one look-up for all.
   */
  public Map<String, ConceptOption> options(Collection<String> uris) {
    Map<String, LocalizedLabel> labels = vocabulary.labels(uris, localeBean.getLanguage());
    Map<String, OccupationFacts> facts = vocabulary.occupationFacts(uris);
    Map<String, ConceptOption> options = new LinkedHashMap<>();
    for (String uri : uris) {
      if (uri == null) {
        continue;
      }
      LocalizedLabel label = labels.get(uri);
      OccupationFacts occupation = facts.get(uri);
      options.put(
          uri,
          label == null
              ? ConceptOption.unknown(uri)
              : new ConceptOption(
                  uri,
                  label.text(),
                  label.language(),
                  occupation == null ? "" : occupation.iscoCode()));
    }
    return options;
  }

  /** The essential and optional skills ESCO lists for an occupation. */
  public Optional<OccupationSkills> skillsOf(String occupationUri) {
    return store.occupationSkills(occupationUri, localeBean.getLanguage());
  }

  private List<ConceptOption> find(String query, ConceptType type) {
    if (query == null || query.strip().length() < 2 || !search.isReady()) {
      return List.of();
    }
    return search.search(query.strip(), localeBean.getLanguage(), type, SUGGESTIONS).stream()
        .map(ConceptOption::of)
        .toList();
  }
}
