package org.talentbruecke.region.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.region.domain.Figure;
import org.talentbruecke.region.domain.GermanLevels;
import org.talentbruecke.region.domain.IscoGroups;
import org.talentbruecke.shared.application.MessageTexts;

/**
 * Every table of the dashboard in one language, as text, for the CSV and XLSX exports: the same
 * figures and the same suppression as the page.
 */
@ApplicationScoped
public class RegionReport {
  @Inject private Vocabulary vocabulary;
  @Inject private LanguageCatalog languages;

  RegionReport() {}

  public RegionReport(Vocabulary vocabulary, LanguageCatalog languages) {
    this.vocabulary = vocabulary;
    this.languages = languages;
  }

  public List<ReportTable> tables(RegionDashboard d, Locale locale) {
    Set<String> uris = new HashSet<>();
    d.occupations().forEach(o -> uris.add(IscoGroups.uri(o.iscoGroup())));
    d.skillsMostAskedFor().forEach(s -> uris.add(s.skillUri()));
    d.skillsMostOffered().forEach(s -> uris.add(s.skillUri()));
    d.recognitionStalls().forEach(s -> uris.add(s.occupationUri()));
    Map<String, LocalizedLabel> labels = vocabulary.labels(uris, locale.getLanguage());
    Texts t = new Texts(locale, labels);
    List<ReportTable> tables = new ArrayList<>();

    tables.add(
        table(
            t.text("region.title"),
            List.of(
                t.text("region.from"),
                t.text("region.to"),
                t.text("opening.field.municipality"),
                t.text("region.iscoMajor"),
                t.text("region.jobSeekersToday"),
                t.text("region.openingsInPeriod"),
                t.text("region.positions")),
            List.of(
                List.of(
                    d.filter().from().toString(),
                    d.filter().to().toString(),
                    d.filter().municipality() == null
                        ? t.text("region.wholeRegion")
                        : d.filter().municipality(),
                    d.filter().iscoMajor() == null
                        ? t.text("region.allOccupations")
                        : String.valueOf(d.filter().iscoMajor()),
                    t.figure(d.jobSeekers()),
                    t.number(d.openings()),
                    t.number(d.positions())))));
    tables.add(
        table(
            t.text("region.supply.table"),
            List.of(
                "ISCO",
                t.text("region.iscoGroup"),
                t.text("region.jobSeekers"),
                t.text("region.positions"),
                t.text("region.gap")),
            d.occupations().stream()
                .map(
                    o ->
                        List.of(
                            o.iscoGroup(),
                            t.label(IscoGroups.uri(o.iscoGroup())),
                            t.figure(o.jobSeekers()),
                            t.number(o.positions()),
                            t.figure(o.gap())))
                .toList()));
    tables.add(skills(t, t.text("region.skillsAsked"), d.skillsMostAskedFor()));
    tables.add(skills(t, t.text("region.skillsOffered"), d.skillsMostOffered()));
    tables.add(
        table(
            t.text("region.languages.title"),
            List.of(
                t.text("region.language"),
                t.text("region.jobSeekers"),
                t.text("region.openingsAsking"),
                t.text("region.organisationsWithCustomers")),
            d.languages().stream()
                .map(
                    l ->
                        List.of(
                            languages.displayName(l.code(), locale),
                            t.figure(l.jobSeekers()),
                            t.number(l.openings()),
                            t.number(l.organisationsWithCustomers())))
                .toList()));
    tables.add(
        table(
            t.text("region.recognition.title"),
            List.of(t.text("region.recognitionState"), t.text("region.jobSeekers")),
            d.recognition().stream()
                .map(
                    r ->
                        List.of(
                            t.text("profile.recognition." + r.status()), t.figure(r.jobSeekers())))
                .toList()));
    tables.add(
        table(
            t.text("region.stalls"),
            List.of(t.text("region.referenceOccupation"), t.text("region.jobSeekers")),
            d.recognitionStalls().stream()
                .map(r -> List.of(t.label(r.occupationUri()), t.figure(r.jobSeekers())))
                .toList()));
    tables.add(
        table(
            t.text("region.german.title"),
            List.of(
                t.text("region.level"),
                t.text("region.jobSeekers"),
                t.text("region.openingsRequiring"),
                t.text("region.unlocked")),
            d.german().stream()
                .map(
                    g ->
                        List.of(
                            GermanLevels.NONE.equals(g.level())
                                ? t.text("region.german.none")
                                : g.level(),
                            t.figure(g.jobSeekers()),
                            t.number(g.openingsRequiring()),
                            t.figure(g.unlockedMatches())))
                .toList()));
    tables.add(
        table(
            t.text("region.pipeline.title"),
            List.of(
                t.text("region.stage"), t.text("region.reachedAtLeast"), t.text("region.furthest")),
            d.pipeline().stream()
                .map(
                    p ->
                        List.of(
                            t.text("pipeline." + p.stage().toLowerCase(Locale.ROOT)),
                            t.figure(p.reachedAtLeast()),
                            t.figure(p.cases())))
                .toList()));
    return tables;
  }

  private static ReportTable skills(Texts t, String title, List<RegionDashboard.SkillRow> rows) {
    return table(
        title,
        List.of(
            t.text("region.skill"), t.text("region.jobSeekers"), t.text("region.openingsAsking")),
        rows.stream()
            .map(
                s ->
                    List.of(
                        t.label(s.skillUri()), t.figure(s.jobSeekers()), t.number(s.openings())))
            .toList());
  }

  private static ReportTable table(String title, List<String> columns, List<List<String>> rows) {
    return new ReportTable(title, columns, rows);
  }

  /** Texts, numbers and labels in the report's language. */
  private record Texts(Locale locale, Map<String, LocalizedLabel> labels) {
    String text(String key) {
      return MessageTexts.format(locale, key);
    }

    /** Plain digits, so that spreadsheets read them as numbers. */
    String number(long n) {
      return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace(",", "");
    }

    String figure(Figure f) {
      return f.suppressed() ? text("region.suppressed") : number(f.value());
    }

    String label(String uri) {
      LocalizedLabel l = labels.get(uri);
      return l == null ? uri : l.text();
    }
  }
}
