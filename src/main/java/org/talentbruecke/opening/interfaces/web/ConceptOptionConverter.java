package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.talentbruecke.opening.application.ConceptLabels;

/**
 * Converts the editor's type-ahead values: an ESCO URI on the page, a {@link ConceptOption} with
 * its label in the bean. URIs that name no concept become null (the field is then empty).
 */
@Named("conceptConverter")
@ApplicationScoped
public class ConceptOptionConverter implements Converter<ConceptOption> {
  @Inject private ConceptLabels labels;

  @Override
  public ConceptOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank() || value.length() > 255) {
      return null;
    }
    String uri = value.strip();
    String label = labels.of(List.of(uri), context.getViewRoot().getLocale()).get(uri);
    return label == null ? null : new ConceptOption(uri, label);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ConceptOption value) {
    return value == null ? "" : value.getUri();
  }
}
