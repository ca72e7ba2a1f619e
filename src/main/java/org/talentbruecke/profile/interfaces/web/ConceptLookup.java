package org.talentbruecke.profile.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * ESCO concepts for the profile pages: type-ahead, labels of stored URIs, skills of an occupation.
 */
@Named
@RequestScoped
public class ConceptLookup {
  private static final int SUGGESTIONS = 12;

  @Inject private ConceptSearch search;
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
    return known(uri).orElseGet(() -> ConceptOption.unknown(uri));
  }

  /** The concept of a URI, empty when the search index does not hold it. */
  public Optional<ConceptOption> known(String uri) {
    return search.find(uri, localeBean.getLanguage()).map(ConceptOption::of);
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
