package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;

/**
 * Names the ESCO concepts of openings in the reader's language, with one look-up for a whole list;
 * each label carries its language, so a fallback can be marked.
 */
@ApplicationScoped
public class ConceptLabels {
  @Inject private Vocabulary vocabulary;

  public Map<String, LocalizedLabel> forOpenings(Collection<Opening> openings, Locale locale) {
    Set<String> uris = new LinkedHashSet<>();
    for (Opening opening : openings) {
      uris.addAll(urisOf(opening.getRequirements()));
    }
    return of(uris, locale);
  }

  public Map<String, LocalizedLabel> of(Collection<String> uris, Locale locale) {
    return uris.isEmpty() ? Map.of() : vocabulary.labels(uris, locale.getLanguage());
  }

  public static Set<String> urisOf(Requirements r) {
    Set<String> uris = new LinkedHashSet<>();
    if (r.basics().getOccupationUri() != null) {
      uris.add(r.basics().getOccupationUri());
    }
    r.skills().forEach(s -> uris.add(s.getSkillUri()));
    return uris;
  }
}
