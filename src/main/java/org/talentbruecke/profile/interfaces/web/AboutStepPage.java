package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.domain.Profile;

/** Step 7: a few free sentences about the person and what they look for, in any language. */
@Named
@ViewScoped
public class AboutStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  private String about;

  @Override
  protected void fill(ProfileData saved) {
    about = saved.about();
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    return saved.withAbout(about);
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.ABOUT;
  }

  public int getMaxLength() {
    return Profile.MAX_ABOUT;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }
}
