package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentbruecke.opening.application.ConceptLabels;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.application.RegulationLookup;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.OpeningRequirements;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.interfaces.web.ConceptOption;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/** Builds {@link OpeningView}s in the reader's language. */
@RequestScoped
public class OpeningViews {
  @Inject private ConceptLabels labels;
  @Inject private RegulationLookup regulation;
  @Inject private OrganisationService organisations;
  @Inject private FacesMessages messages;
  @Inject private LocaleBean localeBean;
  @Inject private Municipalities municipalities;
  @Inject private OtherLanguages otherLanguages;

  public OpeningView of(Opening o) {
    Locale locale = localeBean.getLocale();
    Map<String, LocalizedLabel> names = labels.forOpenings(List.of(o), locale);
    OpeningDetails d = o.getDetails();
    OpeningView v = new OpeningView();
    v.id = o.getId() == null ? 0 : o.getId();
    v.title = o.getTitle();
    v.description = o.getDescription();
    v.organisation =
        organisations.find(o.getOrganisationId()).map(Organisation::getName).orElse(null);
    v.place = municipalities.name(d.getMunicipality());
    v.hours = d.getHours() == null ? null : d.getHours().name();
    v.kind = d.getKind().name();
    v.positions = d.getPositions();
    v.start =
        d.getStartDate() == null
            ? null
            : d.getStartDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    v.duration =
        d.getDurationMonths() == null
            ? null
            : messages.text("opening.view.months", d.getDurationMonths());
    v.pay = pay(d.getPayMin(), d.getPayMax(), locale);
    v.german = german(d.getGerman());
    v.mentoring = d.isOffersMentoring();
    v.languageCourse = d.isOffersLanguageCourse();
    v.recognitionHelp = d.isOffersRecognitionHelp();
    v.openToLearners = d.isOpenToLearners();
    Requirements r = o.getRequirements();
    OpeningRequirements b = r.basics();
    v.occupation =
        b.getOccupationUri() == null
            ? null
            : ConceptOption.of(b.getOccupationUri(), names.get(b.getOccupationUri()));
    v.mustHave = r.mustHave().stream().map(u -> ConceptOption.of(u, names.get(u))).toList();
    v.niceToHave = r.niceToHave().stream().map(u -> ConceptOption.of(u, names.get(u))).toList();
    v.minExperienceYears = b.getMinExperienceYears();
    v.qualification = b.getQualification();
    v.qualificationEqf = b.getQualificationEqf();
    v.recognition = b.getRecognition() == null ? null : b.getRecognition().name();
    v.regulationNotice =
        regulationNotice(
            b.getOccupationUri(), v.occupation == null ? null : v.occupation.getLabel(), locale);
    v.languages =
        r.languages().stream()
            .map(
                l ->
                    new OpeningView.Level(
                        otherLanguages.name(l.getLanguageCode(), locale), l.getLevel().name()))
            .toList();
    return v;
  }

  /** The pay range as a sentence fragment, or null when the employer gave none. */
  String pay(Integer min, Integer max, Locale locale) {
    if (min == null && max == null) {
      return null;
    }
    NumberFormat euros = NumberFormat.getIntegerInstance(locale);
    if (min != null && max != null) {
      return messages.text("opening.view.payRange", euros.format(min), euros.format(max));
    }
    return messages.text(
        min != null ? "opening.view.payFrom" : "opening.view.payUpTo",
        euros.format(min != null ? min : max));
  }

  private String regulationNotice(String uri, String label, Locale locale) {
    return regulation.notice(uri, label, locale, false);
  }

  private List<OpeningView.Level> german(CefrSkillLevels g) {
    List<OpeningView.Level> levels = new ArrayList<>();
    add(levels, "opening.field.germanListening", g.getListening());
    add(levels, "opening.field.germanReading", g.getReading());
    add(levels, "opening.field.germanSpokenInteraction", g.getSpokenInteraction());
    add(levels, "opening.field.germanSpokenProduction", g.getSpokenProduction());
    add(levels, "opening.field.germanWriting", g.getWriting());
    return levels;
  }

  private void add(List<OpeningView.Level> levels, String key, CefrLevel level) {
    if (level != null) {
      levels.add(new OpeningView.Level(messages.text(key), level.name()));
    }
  }
}
