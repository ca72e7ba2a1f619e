package org.talentbruecke.profile.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.profile.domain.Completeness;
import org.talentbruecke.profile.domain.Visibility;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * The job seeker's start page: how complete the profile is, what to do next, and who may see it.
 */
@Named
@ViewScoped
public class ProfileOverviewPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> BILINGUAL_CV_LANGUAGES = Set.of("ar", "uk", "tr");

  @Inject private transient CurrentUser currentUser;
  @Inject private transient ProfileService profiles;
  @Inject private transient FacesMessages messages;
  @Inject private transient LocaleBean localeBean;

  private Completeness completeness;
  private List<String> missing;
  private String visibility;

  @PostConstruct
  void load() {
    ProfileService.Overview overview = profiles.overview(currentUser.requireId());
    completeness = overview.completeness();
    missing = overview.missingSteps();
    visibility = overview.visibility();
  }

  /**
   * The language to set beside German in the CV, or null: in an Arabic, Ukrainian or Turkish
   * interface the person is offered the bilingual CV first, so that they can read what employers
   * read.
   */
  public String getCvSecondLanguage() {
    return bilingualCvLanguage(localeBean.getLanguage());
  }

  static String bilingualCvLanguage(String interfaceLanguage) {
    return BILINGUAL_CV_LANGUAGES.contains(interfaceLanguage) ? interfaceLanguage : null;
  }

  public int getPercent() {
    return completeness.percent();
  }

  public boolean isComplete() {
    return Completeness.DONE.equals(completeness.nextKey());
  }

  public String getNextKey() {
    return completeness.nextKey();
  }

  /** The step the advice points to; the first step when the profile is complete. */
  public ProfileStep getNextStep() {
    return ProfileStep.byAdviceKey(completeness.nextKey()).orElse(ProfileStep.OCCUPATIONS);
  }

  public boolean done(ProfileStep step) {
    return !missing.contains(step.getAdviceKey());
  }

  public List<String> getVisibilities() {
    return Arrays.stream(Visibility.values()).map(Enum::name).toList();
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  public String saveVisibility() {
    try {
      String chosen = visibility;
      profiles.update(currentUser.requireId(), p -> p.withVisibility(chosen));
      messages.info("profile.visibility.saved");
    } catch (ValidationFailure failure) {
      messages.show(failure, field -> "visibilityForm:visibility");
    }
    return null;
  }
}
