package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.talentbruecke.opening.application.ConceptLabels;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.RegulationLookup;
import org.talentbruecke.opening.application.RequirementSuggestions;
import org.talentbruecke.opening.application.SkillDemand;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningKind;
import org.talentbruecke.opening.domain.OpeningRequirements;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.opening.domain.RecognitionRequirement;
import org.talentbruecke.reference.domain.SkillSuggestionRanking;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.reference.interfaces.web.ConceptOption;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * The editor for one draft's or published opening's details; every field error is shown beside its
 * field. A published opening is corrected through {@link #publishChange}: the fair job-ad check
 * runs on the changed text first, its findings are shown here with "publish anyway" behind a tick,
 * and the published version stays online until the change is confirmed (the changes wait in this
 * view).
 */
@Named
@ViewScoped
public class OpeningEditorPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient CurrentOrganisation currentOrganisation;
  @Inject private transient OpeningService openings;
  @Inject private transient FacesMessages messages;
  @Inject private transient ConceptLabels labels;
  @Inject private transient RequirementSuggestions suggestions;
  @Inject private transient SkillDemand demand;
  @Inject private transient RegulationLookup regulation;
  @Inject private transient LocaleBean localeBean;
  @Inject private transient Municipalities municipalities;
  @Inject private transient OtherLanguages otherLanguages;

  @Inject private transient org.talentbruecke.identity.interfaces.web.CurrentUser currentUser;

  private Long openingId;
  private boolean found;
  private boolean published;
  private boolean confirmed;
  private List<FindingView> findings = List.of();
  private List<VersionView> versions = List.of();
  private final OpeningForm form = new OpeningForm();
  private final SkillChoices skills = new SkillChoices();

  /**
   * Reads the draft or published opening named in the address; closed or foreign openings are not
   * editable.
   */
  public void load() {
    try {
      Opening opening = openings.get(organisationId(), openingId == null ? -1 : openingId);
      found = opening.isEditable();
      published = opening.getStatus() == OpeningStatus.PUBLISHED;
      versions =
          published
              ? VersionView.of(openings.versions(organisationId(), opening.getId()))
              : List.of();
      form.fill(opening, labels.forOpenings(List.of(opening), locale()));
      skills.remember(labels.of(form.getMustHave(), locale()));
      skills.remember(labels.of(form.getNiceToHave(), locale()));
      suggest();
    } catch (NotFound e) {
      found = false;
    }
  }

  public String save() {
    return saveThenGo("/employer/index?faces-redirect=true");
  }

  /** Saves the draft and shows it as job seekers will see it. */
  public String saveAndPreview() {
    return saveThenGo("/employer/preview?faces-redirect=true&id=" + openingId);
  }

  private String saveThenGo(String outcome) {
    OpeningInput input = form.toInput();
    try {
      Opening saved = openings.update(organisationId(), openingId, input);
      messages.info("opening.draftSaved", saved.getTitle());
      messages.keepForNextRequest();
      return outcome;
    } catch (ValidationFailure failure) {
      messages.show(EditorFields.onPage(failure), EditorFields.CLIENT_IDS);
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    return null;
  }

  /**
   * Corrects the published opening: checks every field, then the fair job-ad check; with findings
   * they are shown and nothing changes.
   */
  public String publishChange() {
    return publishChange(false);
  }

  /** Publishes the change despite its findings, once the employer ticked the confirmation. */
  public String publishChangeAnyway() {
    if (!confirmed) {
      messages.error("editor:confirm", "adcheck.confirmRequired");
      return null;
    }
    return publishChange(true);
  }

  private String publishChange(boolean acknowledge) {
    try {
      Opening saved =
          openings.edit(
              organisationId(),
              openingId,
              form.toInput(),
              currentUser.requireId(),
              acknowledge,
              locale());
      messages.info("opening.changePublished", saved.getTitle());
      messages.keepForNextRequest();
      return "/employer/index?faces-redirect=true";
    } catch (ValidationFailure failure) {
      messages.show(EditorFields.onPage(failure), EditorFields.CLIENT_IDS);
    } catch (org.talentbruecke.opening.application.AdCheckFindingsPending pending) {
      findings = pending.findings().stream().map(FindingView::new).toList();
      confirmed = false;
      messages.error(null, "editor.changeFindings");
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    return null;
  }

  /** Type-ahead for the occupation field. */
  public List<ConceptOption> completeOccupation(String query) {
    return suggestions.occupations(query, locale()).stream()
        .map(OpeningEditorPage::option)
        .toList();
  }

  /** Type-ahead for the fields that add a skill. */
  public List<ConceptOption> completeSkill(String query) {
    return suggestions.skills(query, locale()).stream().map(OpeningEditorPage::option).toList();
  }

  static ConceptOption option(RequirementSuggestions.Choice choice) {
    return new ConceptOption(choice.uri(), choice.label(), choice.language(), "");
  }

  /**
   * The employer chose an occupation: its ESCO skills become the suggestions, and an
   * activity-regulated profession gets "full recognition required" pre-set (not a protected title,
   * a craft or a licence: people may be hired there without recognition).
   */
  public void occupationChosen() {
    suggest();
    if (regulation.of(occupationUri()).presetsFullRecognition()) {
      form.setRecognition(RecognitionRequirement.FULL_REQUIRED.name());
    }
  }

  public void addMustHave(SelectEvent<ConceptOption> event) {
    skills.add(event.getObject(), form.getMustHave(), form.getNiceToHave());
    skills.arrange(form, demand.openingsAskingFor());
    addSkill = null;
  }

  public void addNiceToHave(SelectEvent<ConceptOption> event) {
    skills.add(event.getObject(), form.getNiceToHave(), form.getMustHave());
    skills.arrange(form, demand.openingsAskingFor());
    addNice = null;
  }

  private void suggest() {
    skills.suggest(suggestions.skillsOf(occupationUri(), locale()));
    skills.arrange(form, demand.openingsAskingFor());
  }

  /**
   * How the chosen occupation is regulated and whether recognition was pre-set, or null when it is
   * not regulated.
   */
  public String getRegulationNotice() {
    String label = form.getOccupation() == null ? "" : form.getOccupation().getLabel();
    return regulation.notice(occupationUri(), label, locale(), true);
  }

  /**
   * The skills block's rows: chosen skills first, then ESCO's suggestions ranked by what published
   * openings ask for (decision 007).
   */
  public List<SkillChoices.Row> getSkillRows() {
    return skills.rows();
  }

  /** How many suggestions are shown before "show all". */
  public int getFirstSkills() {
    return SkillSuggestionRanking.FIRST;
  }

  public List<String> getSkillKinds() {
    return List.of(SkillChoices.MUST, SkillChoices.NICE);
  }

  public List<String> getRecognitionOptions() {
    return names(RecognitionRequirement.values());
  }

  public List<Integer> getEqfLevels() {
    return java.util.stream.IntStream.rangeClosed(
            OpeningRequirements.MIN_EQF, OpeningRequirements.MAX_EQF)
        .boxed()
        .toList();
  }

  /** Languages other than German, named in the reader's language, in alphabetical order. */
  public List<Map.Entry<String, String>> getLanguageOptions() {
    return otherLanguages.sortedNames(locale());
  }

  private String occupationUri() {
    return form.getOccupation() == null ? null : form.getOccupation().getUri();
  }

  private java.util.Locale locale() {
    return localeBean.getLocale();
  }

  private long organisationId() {
    return currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
  }

  public OpeningForm getForm() {
    return form;
  }

  // Bound to the add-a-skill fields only so they can be cleared after each addition.
  private ConceptOption addSkill;
  private ConceptOption addNice;

  public ConceptOption getAddSkill() {
    return addSkill;
  }

  public void setAddSkill(ConceptOption v) {
    addSkill = v;
  }

  public ConceptOption getAddNice() {
    return addNice;
  }

  public void setAddNice(ConceptOption v) {
    addNice = v;
  }

  public boolean isFound() {
    return found;
  }

  /** A published opening: changes go live only through the fair job-ad check. */
  public boolean isPublished() {
    return published;
  }

  /** Findings of the last try to publish the change; empty before. */
  public List<FindingView> getFindings() {
    return findings;
  }

  /** Earlier versions of a published opening, newest first. */
  public List<VersionView> getVersions() {
    return versions;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  public Long getOpeningId() {
    return openingId;
  }

  public void setOpeningId(Long openingId) {
    this.openingId = openingId;
  }

  public List<Map.Entry<String, String>> getMunicipalities() {
    return municipalities.choices();
  }

  public List<String> getHoursOptions() {
    return names(WorkingHours.values());
  }

  public List<String> getKinds() {
    return names(OpeningKind.values());
  }

  public List<String> getLevels() {
    return names(CefrLevel.values());
  }

  /** Today in the region, the earliest start date the date field offers. */
  public String getToday() {
    return LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
