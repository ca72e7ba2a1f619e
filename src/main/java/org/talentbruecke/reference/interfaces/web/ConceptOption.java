package org.talentbruecke.reference.interfaces.web;

import java.io.Serializable;
import java.util.Objects;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.search.SearchHit;

/**
 * An ESCO concept as a page shows and picks it (profile steps, opening editor): its URI, the label
 * in the page's language or a fallback whose language the page marks with {@code lang}, and for
 * occupations the ISCO group.
 */
public final class ConceptOption implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String uri;
  private final String label;
  private final String language;
  private final String iscoCode;

  public ConceptOption(String uri, String label, String language, String iscoCode) {
    this.uri = Objects.requireNonNull(uri);
    this.label = label == null ? uri : label;
    this.language = language == null ? "" : language;
    this.iscoCode = iscoCode == null ? "" : iscoCode;
  }

  public static ConceptOption of(SearchHit hit) {
    return new ConceptOption(
        hit.uri(), hit.label().text(), hit.label().language(), hit.iscoGroupCode());
  }

  /** A concept with its label; without one it is shown as its URI. */
  public static ConceptOption of(String uri, LocalizedLabel label) {
    return label == null
        ? unknown(uri)
        : new ConceptOption(uri, label.text(), label.language(), "");
  }

  /** A URI the vocabulary has no label for: shown as it is. */
  public static ConceptOption unknown(String uri) {
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

  // Equal by URI: the type-ahead compares the selected item with the suggestions this way.
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
