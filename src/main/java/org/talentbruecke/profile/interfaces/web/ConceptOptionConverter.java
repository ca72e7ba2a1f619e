package org.talentbruecke.profile.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Lets a type-ahead field submit an ESCO URI and get back the concept with its label. A CDI bean
 * (used as {@code converter="#{conceptOptionConverter}"}) so that it can be injected into.
 */
@Named
@ApplicationScoped
public class ConceptOptionConverter implements Converter<ConceptOption> {
  @Inject private ConceptLookup lookup;

  @Override
  public ConceptOption getAsObject(FacesContext context, UIComponent component, String value) {
    // Only URIs the index knows are accepted; typed text that was never picked is no concept.
    if (value == null || value.isBlank() || !value.startsWith("http")) {
      return null;
    }
    return lookup.known(value.strip()).orElse(null);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ConceptOption value) {
    return value == null ? "" : value.getUri();
  }
}
