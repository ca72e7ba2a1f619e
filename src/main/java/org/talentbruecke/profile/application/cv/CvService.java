package org.talentbruecke.profile.application.cv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.profile.application.PersonalDetailsService;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LabelLanguages;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * The printable CV of a job seeker: always German (the language of German employers), optionally
 * side by side with one other interface language, so the person can read what their CV says.
 */
@ApplicationScoped
public class CvService {
  /** The languages that may stand beside German: the other interface languages. */
  public static final List<String> SECOND_LANGUAGES = List.of("en", "ar", "uk", "tr");

  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");

  @Inject private ProfileService profiles;
  @Inject private PersonalDetailsService personal;
  @Inject private AccountContacts contacts;
  @Inject private Vocabulary vocabulary;
  @Inject private CvRenderer renderer;
  @Inject private Clock clock;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;

  /**
   * The CV as PDF bytes.
   *
   * @param second empty or null for German only, else one of {@link #SECOND_LANGUAGES}
   * @throws ValidationFailure naming the field {@code second} for any other language
   */
  public byte[] pdf(long accountId, String second) {
    Optional<Locale> secondLocale = secondLanguage(second);
    ProfileData profile = profiles.read(accountId);
    PersonalDetailsService.Data details = personal.read(accountId);
    AccountContacts.Contact contact =
        contacts.of(accountId).orElse(new AccountContacts.Contact("", ""));
    Set<String> concepts = conceptsOf(profile);
    LocalDate today = LocalDate.now(clock.withZone(REGION));
    CvDocument german =
        compose(Locale.GERMAN, labels(concepts, Locale.GERMAN), profile, details, today);
    Optional<CvDocument> other =
        secondLocale.map(l -> compose(l, labels(concepts, l), profile, details, today));
    return renderer.pdf(contact.name(), contact.email(), german, other);
  }

  private Map<String, LocalizedLabel> labels(Set<String> concepts, Locale locale) {
    return concepts.isEmpty() ? Map.of() : vocabulary.labels(concepts, labelOrder(locale));
  }

  /**
   * German for the German column; the second column falls back to English first, the bridge
   * language most readers of another language read better than German (which stands beside it).
   */
  public static List<String> labelOrder(Locale locale) {
    String own = locale.getLanguage();
    return own.equals("de") ? LabelLanguages.forReader(own) : LabelLanguages.besideGerman(own);
  }

  /** Checks the {@code second} parameter before anything is read. */
  public static Optional<Locale> secondLanguage(String second) {
    if (second == null || second.isBlank()) {
      return Optional.empty();
    }
    if (!SECOND_LANGUAGES.contains(second)) {
      throw ValidationFailure.of("second", "cv.validation.second");
    }
    return Optional.of(Locale.forLanguageTag(second));
  }

  private CvDocument compose(
      Locale locale,
      Map<String, LocalizedLabel> labels,
      ProfileData profile,
      PersonalDetailsService.Data details,
      LocalDate today) {
    return new CvComposer(locale, languages, municipalities, labels)
        .compose(profile, details, today);
  }

  /** Every ESCO concept the CV names. */
  static Set<String> conceptsOf(ProfileData profile) {
    Set<String> uris = new LinkedHashSet<>();
    profile.occupations().forEach(o -> uris.add(o.escoUri()));
    profile.skills().stream().map(ProfileData.Skill::escoUri).forEach(uris::add);
    profile.workHistory().stream().map(ProfileData.Work::occupationUri).forEach(uris::add);
    profile.qualifications().stream()
        .filter(q -> q.recognition() != null)
        .map(q -> q.recognition().referenceOccupationUri())
        .forEach(uris::add);
    uris.remove(null);
    return uris;
  }
}
