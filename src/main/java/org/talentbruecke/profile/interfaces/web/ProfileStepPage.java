package org.talentbruecke.profile.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.FieldClientIds;

/**
 * One step of the profile form. It reads the saved profile when the page opens, keeps what the
 * person types for as long as the page is open, and saves only its own part: a refused save shows
 * each error beside its field and keeps every typed value.
 */
public abstract class ProfileStepPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The id of the h:form of every step page; error field paths are resolved inside it. */
  public static final String FORM = "profile";

  @Inject private transient CurrentUser currentUser;
  @Inject private transient ProfileService profiles;
  @Inject private transient FacesMessages messages;

  @PostConstruct
  void load() {
    fill(profiles.read(currentUser.requireId()));
  }

  /** Takes this step's part of the saved profile into the page's form. */
  protected abstract void fill(ProfileData saved);

  /** Puts the form into the profile as it is saved now. */
  protected abstract ProfileData applyTo(ProfileData saved);

  public abstract ProfileStep getStep();

  /** Saves this step and goes on to the next one. */
  public String save() {
    try {
      profiles.update(currentUser.requireId(), this::applyTo);
    } catch (ValidationFailure failure) {
      messages.show(failure, field -> FieldClientIds.of(FORM, field));
      return null;
    }
    messages.info("profile.saved", messages.text(getStep().getTitleKey()));
    messages.keepForNextRequest();
    return getStep().nextOutcome() + "?faces-redirect=true";
  }

  protected FacesMessages messages() {
    return messages;
  }

  protected long accountId() {
    return currentUser.requireId();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
