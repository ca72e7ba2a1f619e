package org.talentbruecke.profile.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The steps of the profile form for the pages' step navigation. */
@Named
@ApplicationScoped
public class ProfileSteps {
  private static final List<ProfileStep> ALL = List.of(ProfileStep.values());

  public List<ProfileStep> getAll() {
    return ALL;
  }
}
