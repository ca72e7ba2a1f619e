package org.talentbruecke.profile.application.cv;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentbruecke.profile.application.PersonalDetailsService;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.shared.application.MessageTexts;

/**
 * Words a profile as a CV in one interface language. Everything it shows comes from the profile and
 * the optional personal details the person stored; the labels come from the message bundles (prefix
 * {@code cv.}) and ESCO. Sections without content are left out — in every language alike, because
 * that depends only on the profile — so two documents always line up.
 */
public final class CvComposer {
  private final Locale locale;
  private final LanguageCatalog languages;
  private final MunicipalityCatalog municipalities;
  private final Map<String, LocalizedLabel> labels;

  public CvComposer(
      Locale locale,
      LanguageCatalog languages,
      MunicipalityCatalog municipalities,
      Map<String, LocalizedLabel> labels) {
    this.locale = locale;
    this.languages = languages;
    this.municipalities = municipalities;
    this.labels = labels;
  }

  public CvDocument compose(
      ProfileData profile, PersonalDetailsService.Data personal, LocalDate today) {
    List<CvDocument.Section> sections = new ArrayList<>();
    add(sections, "personal", personal(personal));
    add(
        sections,
        "occupations",
        profile.occupations().stream()
            .map(
                o ->
                    CvDocument.Entry.of(
                        label(o.escoUri()), o.preferred() ? t("occupation.preferred") : null))
            .toList());
    add(sections, "skills", profile.skills().stream().map(this::skill).toList());
    add(sections, "work", profile.workHistory().stream().map(this::work).toList());
    add(sections, "languages", profile.languages().stream().map(this::language).toList());
    add(
        sections,
        "courses",
        profile.germanCourses().stream()
            .map(
                c ->
                    CvDocument.Entry.of(
                        t("course." + c.type()) + (c.level() == null ? "" : " " + c.level()),
                        t("course." + c.status())))
            .toList());
    add(
        sections,
        "qualifications",
        profile.qualifications().stream().map(this::qualification).toList());
    add(sections, "availability", availability(profile.availability()));
    if (profile.about() != null && !profile.about().isBlank()) {
      add(sections, "about", List.of(new CvDocument.Entry(null, List.of(profile.about()))));
    }
    String footer = t("footer", date(today));
    if (!locale.getLanguage().equals("de") && !locale.getLanguage().equals("en")) {
      footer = t("escoFallback") + " " + footer;
    }
    return new CvDocument(
        locale, isRightToLeft(locale), ownName(locale), t("title"), sections, footer);
  }

  /** The language's name in itself, capitalised as at the start of a heading. */
  static String ownName(Locale locale) {
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  static boolean isRightToLeft(Locale locale) {
    return List.of("ar", "fa", "he", "ur").contains(locale.getLanguage());
  }

  private List<CvDocument.Entry> personal(PersonalDetailsService.Data personal) {
    List<CvDocument.Entry> entries = new ArrayList<>();
    if (personal == null) {
      return entries;
    }
    if (personal.nationality() != null && CountryNames.isKnown(personal.nationality())) {
      entries.add(
          line(t("personal.nationality", CountryNames.name(personal.nationality(), locale))));
    }
    if (personal.dateOfBirth() != null) {
      entries.add(line(t("personal.dateOfBirth", date(LocalDate.parse(personal.dateOfBirth())))));
    }
    if (personal.gender() != null) {
      entries.add(line(t("personal.gender", t("gender." + personal.gender()))));
    }
    return entries;
  }

  private CvDocument.Entry skill(ProfileData.Skill s) {
    String name = s.escoUri() != null ? label(s.escoUri()) : s.description();
    return CvDocument.Entry.of(
        name, t("skill.level." + s.level()), s.usedInGermany() ? t("skill.usedInGermany") : null);
  }

  private CvDocument.Entry work(ProfileData.Work w) {
    String occupation = w.occupationUri() == null ? null : label(w.occupationUri());
    String title = w.title() != null && !w.title().isBlank() ? w.title() : occupation;
    String period =
        w.to() == null || w.to().isBlank()
            ? t("work.ongoing", month(w.from()))
            : t("work.period", month(w.from()), month(w.to()));
    String where = t("work.employer." + w.employerType()) + ", " + country(w.country());
    return CvDocument.Entry.of(
        title,
        period,
        where,
        occupation != null && !occupation.equals(title) ? t("work.occupation", occupation) : null,
        w.tasks());
  }

  private CvDocument.Entry language(ProfileData.Language l) {
    String name = languages.displayName(l.code(), locale);
    if (l.motherTongue()) {
      return CvDocument.Entry.of(name, t("language.motherTongue"));
    }
    List<String> details = new ArrayList<>();
    // Europass order, whatever order the map came in.
    details.add(
        List.of("LISTENING", "READING", "SPOKEN_INTERACTION", "SPOKEN_PRODUCTION", "WRITING")
            .stream()
            .filter(skill -> l.levels() != null && l.levels().get(skill) != null)
            .map(skill -> t("cefr." + skill) + " " + l.levels().get(skill))
            .collect(Collectors.joining(" · ")));
    if (l.certificates() != null) {
      for (ProfileData.Certificate c : l.certificates()) {
        details.add(
            c.date() == null
                ? t("language.certificate", c.name())
                : t("language.certificateOn", c.name(), date(LocalDate.parse(c.date()))));
      }
    }
    return new CvDocument.Entry(name, details);
  }

  private CvDocument.Entry qualification(ProfileData.QualificationEntry q) {
    List<String> details = new ArrayList<>();
    String kind = t("qualification." + q.type());
    details.add(
        q.eqfLevel() == null
            ? kind
            : kind + ", " + t("qualification.eqf", String.valueOf(q.eqfLevel())));
    List<String> origin = new ArrayList<>();
    if (q.institution() != null && !q.institution().isBlank()) {
      origin.add(q.institution());
    }
    origin.add(country(q.country()));
    if (q.year() != null) {
      origin.add(String.valueOf(q.year()));
    }
    details.add(String.join(", ", origin));
    ProfileData.RecognitionEntry r = q.recognition();
    if (r != null && r.status() != null) {
      details.add(t("recognition." + r.status()));
      if (r.appliedOn() != null) {
        details.add(t("recognition.applied", date(LocalDate.parse(r.appliedOn()))));
      }
      if (r.body() != null) {
        details.add(t("recognition.body", r.body()));
      }
      if (r.differences() != null) {
        details.add(t("recognition.differences", r.differences()));
      }
      if (r.measure() != null) {
        String measure = t("recognition.measure." + r.measure());
        details.add(
            r.measureStatus() == null
                ? measure
                : measure + " – " + t("recognition.measureStatus." + r.measureStatus()));
      }
      if (r.referenceOccupationUri() != null) {
        details.add(t("recognition.reference", label(r.referenceOccupationUri())));
      }
    }
    if (q.anabin() != null) {
      details.add(t("recognition.anabin", AnabinRating.parse(q.anabin()).label()));
    }
    return new CvDocument.Entry(q.title(), details);
  }

  private List<CvDocument.Entry> availability(ProfileData.AvailabilityEntry a) {
    List<CvDocument.Entry> lines = new ArrayList<>();
    if (a == null) {
      return lines;
    }
    if (a.from() != null) {
      lines.add(line(t("availability.from", date(LocalDate.parse(a.from())))));
    }
    if (a.hours() != null && !a.hours().isEmpty()) {
      lines.add(
          line(
              t(
                  "availability.hours",
                  a.hours().stream()
                      .map(h -> MessageTexts.format(locale, "opening.hours." + h))
                      .collect(Collectors.joining(", ")))));
    }
    if (a.municipality() != null) {
      lines.add(
          line(
              t(
                  "availability.home",
                  municipalities
                      .byAgs(a.municipality())
                      .map(Municipality::name)
                      .orElse(a.municipality()))));
    }
    if (a.maxCommuteMinutes() != null) {
      lines.add(line(t("availability.commuteMinutes", a.maxCommuteMinutes())));
    }
    if (a.maxCommuteKm() != null) {
      lines.add(line(t("availability.commuteKm", a.maxCommuteKm())));
    }
    if (a.publicTransportOnly()) {
      lines.add(line(t("availability.publicTransport")));
    }
    if (a.drivingLicences() != null && !a.drivingLicences().isEmpty()) {
      lines.add(line(t("availability.drivingLicences", String.join(", ", a.drivingLicences()))));
    }
    if (a.workPermit() != null) {
      lines.add(line(t("availability.workPermit", t("workPermit." + a.workPermit()))));
    }
    return lines;
  }

  private static CvDocument.Entry line(String text) {
    return new CvDocument.Entry(null, List.of(text));
  }

  private void add(List<CvDocument.Section> sections, String key, List<CvDocument.Entry> entries) {
    if (!entries.isEmpty()) {
      sections.add(new CvDocument.Section(key, t("section." + key), entries));
    }
  }

  /** The ESCO label the vocabulary chose for this document's language. */
  private String label(String uri) {
    LocalizedLabel label = labels.get(uri);
    return label == null ? uri : label.text();
  }

  private String country(String code) {
    return CountryNames.isKnown(code) ? CountryNames.name(code, locale) : code;
  }

  private String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(date);
  }

  private String month(String yearMonth) {
    return DateTimeFormatter.ofPattern("MM/yyyy", locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(YearMonth.parse(yearMonth));
  }

  private String t(String key, Object... arguments) {
    return MessageTexts.format(locale, "cv." + key, arguments);
  }
}
