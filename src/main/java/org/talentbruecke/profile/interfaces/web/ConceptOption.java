package org.talentbruecke.profile.interfaces.web;

import java.io.Serializable;
import java.util.Objects;
import org.talentbruecke.reference.domain.search.SearchHit;

/**
 * An ESCO concept as a page shows and picks it: its URI, the label in the page's language (or a
 * fallback, whose language the page marks with {@code lang}) and, for occupations, the ISCO group.
 */
public final class ConceptOption implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String uri;
  private final String label;
  private final String language;
  private final String iscoCode;

  public ConceptOption(String uri, String label, String language, String iscoCode) {
    this.uri = Objects.requireNonNull(uri);
    this.label = label;
    this.language = language;
    this.iscoCode = iscoCode == null ? "" : iscoCode;
  }

  static ConceptOption of(SearchHit hit) {
    return new ConceptOption(
        hit.uri(), hit.label().text(), hit.label().language(), hit.iscoGroupCode());
  }

  /** A URI the search index does not know (e.g. while it is still being built): shown as it is. */
  static ConceptOption unknown(String uri) {
    return new ConceptOption(uri, uri, "en", "");
  }

  public String getUri() {
    return uri;
  }

  public String getLabel() {
    return label;
  }

  public String getLanguage() {
    return language;
  }

  /** The label as HTML marked with its language, for option labels that cannot carry attributes. */
  public String getLabelHtml() {
    String escaped =
        label
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
    return "<span lang=\"" + language.replaceAll("[^a-z-]", "") + "\">" + escaped + "</span>";
  }

  public String getIscoCode() {
    return iscoCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConceptOption o && o.uri.equals(uri);
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }

  @Override
  public String toString() {
    return label;
  }
}
