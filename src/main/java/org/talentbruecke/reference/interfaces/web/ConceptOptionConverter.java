package org.talentbruecke.reference.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.application.Vocabulary.OccupationFacts;
import org.talentbruecke.reference.domain.LocalizedLabel;

/**
 * Lets a type-ahead field submit an ESCO URI and get back the concept with its label in the page's
 * language. A CDI bean (used as {@code converter="#{conceptOptionConverter}"}) so that it can be
 * injected into. Only URIs the vocabulary knows are accepted; typed text that was never picked is
 * no concept, and the field is then empty.
 */
@Named
@ApplicationScoped
public class ConceptOptionConverter implements Converter<ConceptOption> {
  /** Longer than any ESCO URI; anything longer is not worth a database look-up. */
  private static final int MAX_URI = 255;

  @Inject private Vocabulary vocabulary;

  @Override
  public ConceptOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank() || value.length() > MAX_URI) {
      return null;
    }
    String uri = value.strip();
    String language = context.getViewRoot().getLocale().getLanguage();
    LocalizedLabel label = vocabulary.labels(List.of(uri), language).get(uri);
    if (label == null) {
      return null;
    }
    Map<String, OccupationFacts> facts = vocabulary.occupationFacts(List.of(uri));
    String isco = facts.containsKey(uri) ? facts.get(uri).iscoCode() : "";
    return new ConceptOption(uri, label.text(), label.language(), isco);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ConceptOption value) {
    return value == null ? "" : value.getUri();
  }
}
