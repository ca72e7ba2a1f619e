package org.talentbruecke.contact.domain;

/**
 * Staged disclosure: how much of a job seeker an employer may see through one contact request,
 * decided on every read from the profile's visibility now and the request's state.
 *
 * <ul>
 *   <li>{@link #NOTHING}: the handle and the state only — the profile is hidden, or the request was
 *       declined or withdrawn, or the job seeker now lets only staff see the profile and never
 *       consented to this organisation.
 *   <li>{@link #PROFILE}: the anonymised match card — a pending request while the profile is
 *       visible to verified employers, or the job seeker's own interest (consent to this
 *       organisation) while the profile is not hidden.
 *   <li>{@link #CONTACT}: the name and the contact details the job seeker chose — only an accepted
 *       request whose profile is not hidden.
 * </ul>
 */
public enum Disclosure {
  NOTHING,
  PROFILE,
  CONTACT;

  public static Disclosure toEmployer(
      ContactState state, Side initiator, ProfileVisibility visibility) {
    if (visibility == ProfileVisibility.HIDDEN || !state.isOpen()) {
      return NOTHING;
    }
    if (state == ContactState.ACCEPTED) {
      return CONTACT;
    }
    if (visibility == ProfileVisibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS
        || initiator == Side.SEEKER) {
      return PROFILE;
    }
    return NOTHING;
  }

  public boolean showsProfile() {
    return this != NOTHING;
  }

  public boolean showsContact() {
    return this == CONTACT;
  }
}
