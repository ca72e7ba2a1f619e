package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentbruecke.matching.application.ReasonCodeTexts;
import org.talentbruecke.matching.domain.Reason;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * Turns the reasons of match cards into sentences for the pages, as HTML: every argument is
 * escaped; ESCO URIs become their labels (a label in another language than the page is marked with
 * its language in a {@code <bdi>}, so that it reads and flows right in Arabic too); codes such as
 * recognition classes, sub-skills, hours and languages become words; dates are written the page's
 * way. ESCO labels are looked up once per page ({@link #prepare}).
 */
@RequestScoped
public class MatchTexts {
  static final String ESCO = "http://data.europa.eu/esco/";
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{3}");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,8})(\\.\\d{1,3})?");

  @Inject private Vocabulary vocabulary;
  @Inject private LanguageCatalog languages;
  @Inject private LocaleBean localeBean;

  private final Map<String, LocalizedLabel> labels = new HashMap<>();

  /** Looks up the labels of the ESCO URIs among these values, in one go. */
  public void prepare(Collection<String> values) {
    Set<String> uris = new java.util.HashSet<>();
    for (String v : values) {
      if (v != null && v.startsWith(ESCO) && !labels.containsKey(v)) {
        uris.add(v);
      }
    }
    if (!uris.isEmpty()) {
      labels.putAll(vocabulary.labels(uris, localeBean.getLanguage()));
    }
  }

  public Locale locale() {
    return localeBean.getLocale();
  }

  /** The reason as a sentence in HTML. */
  public String html(Reason reason) {
    Object[] shown = reason.args().stream().map(this::argument).toArray();
    return format(reason.key(), shown);
  }

  /** A text of the bundle with arguments already escaped (or built as HTML here). */
  public String format(String key, Object... escapedArguments) {
    ResourceBundle bundle = MessageTexts.bundle(locale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return escape(key);
    }
    return new MessageFormat(escapePattern(pattern), locale()).format(escapedArguments);
  }

  /** The plain text of a bundle key (for attributes and lists); the key itself when unknown. */
  public String text(String key) {
    try {
      return MessageTexts.bundle(locale()).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** An ESCO concept's label as HTML, marked when it is in another language than the page. */
  public String label(String uri) {
    LocalizedLabel label = labels.get(uri);
    if (label == null) {
      return "<bdi>" + escape(uri) + "</bdi>";
    }
    if (label.language().equals(localeBean.getLanguage())) {
      return "<bdi>" + escape(label.text()) + "</bdi>";
    }
    return "<bdi lang=\"" + escape(label.language()) + "\">" + escape(label.text()) + "</bdi>";
  }

  /** A language's name in the page's language. */
  public String languageName(String code) {
    return escape(languages.displayName(code, locale()));
  }

  /** A code (recognition class, hours, sub-skill, …) as a word; null when no text names it. */
  public String codeText(String code) {
    String word = ReasonCodeTexts.word(locale(), code);
    return word == null ? null : escape(word);
  }

  public String date(LocalDate date) {
    return escape(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date));
  }

  private String argument(String value) {
    if (value.startsWith(ESCO)) {
      return label(value);
    }
    if (DATE.matcher(value).matches()) {
      try {
        return date(LocalDate.parse(value));
      } catch (java.time.format.DateTimeParseException e) {
        return escape(value);
      }
    }
    if (NUMBER.matcher(value).matches()) {
      // "8.6" km is "8,6" in German; no grouping, so an ISCO code such as 2221 stays one number.
      java.text.NumberFormat format = java.text.NumberFormat.getInstance(locale());
      format.setGroupingUsed(false);
      format.setMaximumFractionDigits(3);
      return escape(format.format(new java.math.BigDecimal(value)));
    }
    String word = codeText(value);
    if (word != null) {
      return word;
    }
    if (LANGUAGE_CODE.matcher(value).matches() && languages.byCode(value).isPresent()) {
      return languageName(value);
    }
    return escape(value);
  }

  // MessageFormat treats apostrophes specially; bundle texts are written for it already, so only
  // the HTML meaning of the pattern's own characters needs escaping.
  private static String escapePattern(String pattern) {
    return pattern.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
