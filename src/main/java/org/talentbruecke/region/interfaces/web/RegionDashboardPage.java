package org.talentbruecke.region.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.region.application.RegionDashboard;
import org.talentbruecke.region.application.RegionDashboardService;
import org.talentbruecke.region.domain.DashboardFilter;
import org.talentbruecke.region.domain.Figure;
import org.talentbruecke.region.domain.IscoGroups;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocalFormats;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * The regional dashboard for staff (/staff/region.xhtml): the filter comes from the address (a
 * plain GET form), every chart has the same figures as a table beside it.
 */
@Named
@RequestScoped
public class RegionDashboardPage {
  /** Bars per chart; the tables show every row. */
  static final int CHART_ROWS = 12;

  private static final String SEEKERS_COLOUR = "#1f5f8b";
  private static final String DEMAND_COLOUR = "#b35900";
  private static final String THIRD_COLOUR = "#4d7a2a";

  @Inject private RegionDashboardService service;
  @Inject private MunicipalityCatalog municipalityCatalog;
  @Inject private LanguageCatalog languages;
  @Inject private Vocabulary vocabulary;
  @Inject private LocaleBean localeBean;
  @Inject private FacesMessages messages;

  private String from;
  private String to;
  private String municipality;
  private String iscoMajor;
  private RegionDashboard dashboard;
  private Map<String, LocalizedLabel> labels;

  /** Reads the figures; a broken filter is named at the top and nothing is shown. */
  public void load() {
    try {
      DashboardFilter filter = service.filter(from, to, municipality, iscoMajor);
      dashboard = service.dashboard(filter);
      Set<String> uris = new HashSet<>();
      dashboard.occupations().forEach(o -> uris.add(IscoGroups.uri(o.iscoGroup())));
      dashboard.skillsMostAskedFor().forEach(s -> uris.add(s.skillUri()));
      dashboard.skillsMostOffered().forEach(s -> uris.add(s.skillUri()));
      dashboard.recognitionStalls().forEach(s -> uris.add(s.occupationUri()));
      for (int g = 0; g <= 9; g++) {
        uris.add(IscoGroups.uri(String.valueOf(g)));
      }
      labels = vocabulary.labels(uris, localeBean.getLanguage());
    } catch (ValidationFailure failure) {
      messages.show(failure, field -> null);
      dashboard = null;
    }
  }

  public RegionDashboard getDashboard() {
    return dashboard;
  }

  /** A figure as text: the number in the page's format, or "< 5" for a suppressed one. */
  public String figure(Figure f) {
    return f.suppressed()
        ? messages.text("region.suppressed")
        : LocalFormats.number(f.value(), localeBean.getLocale());
  }

  public String number(long n) {
    return LocalFormats.number(n, localeBean.getLocale());
  }

  /** An ESCO concept's label in the page's language (or the fallback), else the URI. */
  public LocalizedLabel label(String uri) {
    LocalizedLabel l = labels == null ? null : labels.get(uri);
    return l == null ? new LocalizedLabel(uri, "en") : l;
  }

  public LocalizedLabel iscoLabel(String code) {
    return label(IscoGroups.uri(code));
  }

  public String languageName(String code) {
    return languages.displayName(code, localeBean.getLocale());
  }

  public List<Municipality> getMunicipalities() {
    return municipalityCatalog.all().stream()
        .sorted(Comparator.comparing(Municipality::name))
        .toList();
  }

  public List<String> getIscoMajors() {
    List<String> codes = new ArrayList<>();
    for (int g = 0; g <= 9; g++) {
      codes.add(String.valueOf(g));
    }
    return codes;
  }

  /** Where the current figures can be had as JSON (same filter). */
  public String getJsonQuery() {
    if (dashboard == null) {
      return "";
    }
    DashboardFilter f = dashboard.filter();
    return "from="
        + f.from()
        + "&to="
        + f.to()
        + (f.municipality() == null ? "" : "&municipality=" + f.municipality())
        + (f.iscoMajor() == null ? "" : "&iscoMajor=" + f.iscoMajor());
  }

  // Charts: Chart.js configurations for p:chart (PrimeFaces 15 hands the JSON to Chart.js).

  public String getOccupationChart() {
    List<RegionDashboard.OccupationRow> rows =
        dashboard.occupations().stream()
            .sorted(
                Comparator.comparingLong(
                    (RegionDashboard.OccupationRow o) ->
                        -Math.max(o.jobSeekers().or(0), o.positions())))
            .limit(CHART_ROWS)
            .toList();
    return bars(
        rows,
        o -> iscoLabel(o.iscoGroup()).text(),
        List.of(
            new Series<>(messages.text("region.jobSeekers"), SEEKERS_COLOUR, o -> o.jobSeekers()),
            new Series<>(
                messages.text("region.positions"), DEMAND_COLOUR, o -> Figure.of(o.positions()))));
  }

  public String getLanguageChart() {
    return bars(
        dashboard.languages().stream().limit(CHART_ROWS).toList(),
        l -> languageName(l.code()),
        List.of(
            new Series<>(messages.text("region.jobSeekers"), SEEKERS_COLOUR, l -> l.jobSeekers()),
            new Series<>(
                messages.text("region.openingsAsking"),
                DEMAND_COLOUR,
                l -> Figure.of(l.openings())),
            new Series<>(
                messages.text("region.organisationsWithCustomers"),
                THIRD_COLOUR,
                l -> Figure.of(l.organisationsWithCustomers()))));
  }

  public String getRecognitionChart() {
    return bars(
        dashboard.recognition(),
        r -> messages.text("profile.recognition." + r.status()),
        List.of(
            new Series<>(messages.text("region.jobSeekers"), SEEKERS_COLOUR, r -> r.jobSeekers())));
  }

  public String getGermanChart() {
    return bars(
        dashboard.german(),
        g -> germanLevel(g.level()),
        List.of(
            new Series<>(messages.text("region.jobSeekers"), SEEKERS_COLOUR, g -> g.jobSeekers()),
            new Series<>(
                messages.text("region.openingsRequiring"),
                DEMAND_COLOUR,
                g -> Figure.of(g.openingsRequiring()))));
  }

  public String getPipelineChart() {
    return bars(
        dashboard.pipeline(),
        p -> messages.text("pipeline." + p.stage().toLowerCase(java.util.Locale.ROOT)),
        List.of(
            new Series<>(
                messages.text("region.reachedAtLeast"), SEEKERS_COLOUR, p -> p.reachedAtLeast())));
  }

  public String germanLevel(String level) {
    return "NONE".equals(level) ? messages.text("region.german.none") : level;
  }

  /** One data set of a bar chart: its name, colour and the figure per row. */
  private record Series<T>(String name, String colour, Function<T, Figure> value) {}

  /**
   * A horizontal bar chart (labels stay readable on a phone); a suppressed figure has no bar, and
   * the table beside the chart says "&lt; 5".
   */
  private <T> String bars(List<T> rows, Function<T, String> label, List<Series<T>> series) {
    JsonArrayBuilder labelsJson = Json.createArrayBuilder();
    rows.forEach(r -> labelsJson.add(shorten(label.apply(r))));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series<T> s : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (T r : rows) {
        Figure f = s.value().apply(r);
        if (f.suppressed()) {
          data.addNull();
        } else {
          data.add(f.value());
        }
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.name())
              .add("data", data)
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour()));
    }
    boolean rtl = "rtl".equals(localeBean.getDirection());
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labelsJson).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "legend",
                            Json.createObjectBuilder().add("rtl", rtl).add("position", "top"))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rtl)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "x",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("reverse", rtl)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                        .add(
                            "y",
                            Json.createObjectBuilder().add("position", rtl ? "right" : "left"))))
        .build()
        .toString();
  }

  /** Long ESCO labels would squeeze the bars on a phone; the table has them in full. */
  private static String shorten(String text) {
    return text.length() <= 28 ? text : text.substring(0, 27) + "…";
  }

  /** The first day shown in the form: the one used (today by default), else what was typed. */
  public String getFromShown() {
    return dashboard == null ? from : dashboard.filter().from().toString();
  }

  public String getToShown() {
    return dashboard == null ? to : dashboard.filter().to().toString();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getIscoMajor() {
    return iscoMajor;
  }

  public void setIscoMajor(String iscoMajor) {
    this.iscoMajor = iscoMajor;
  }
}
