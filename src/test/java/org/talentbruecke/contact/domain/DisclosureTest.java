package org.talentbruecke.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.contact.domain.ContactState.ACCEPTED;
import static org.talentbruecke.contact.domain.ContactState.DECLINED;
import static org.talentbruecke.contact.domain.ContactState.PENDING;
import static org.talentbruecke.contact.domain.ContactState.WITHDRAWN;
import static org.talentbruecke.contact.domain.ProfileVisibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS;
import static org.talentbruecke.contact.domain.ProfileVisibility.HIDDEN;
import static org.talentbruecke.contact.domain.ProfileVisibility.STAFF_ONLY;

import org.junit.jupiter.api.Test;

/** What an employer may see through a request, for every state and visibility. */
class DisclosureTest {

  @Test
  void nameAndContactOnlyAfterAcceptanceAndNeverForAHiddenProfile() {
    for (Side initiator : Side.values()) {
      assertThat(Disclosure.toEmployer(ACCEPTED, initiator, ANONYMOUS_TO_VERIFIED_EMPLOYERS))
          .isEqualTo(Disclosure.CONTACT);
      assertThat(Disclosure.toEmployer(ACCEPTED, initiator, STAFF_ONLY))
          .isEqualTo(Disclosure.CONTACT);
      for (ContactState state : ContactState.values()) {
        assertThat(Disclosure.toEmployer(state, initiator, HIDDEN)).isEqualTo(Disclosure.NOTHING);
        if (state != ACCEPTED) {
          for (ProfileVisibility v : ProfileVisibility.values()) {
            assertThat(Disclosure.toEmployer(state, initiator, v).showsContact()).isFalse();
          }
        }
      }
    }
  }

  @Test
  void aPendingRequestShowsTheAnonymisedProfileWhenTheOwnerLetsThisEmployerSeeIt() {
    assertThat(Disclosure.toEmployer(PENDING, Side.EMPLOYER, ANONYMOUS_TO_VERIFIED_EMPLOYERS))
        .isEqualTo(Disclosure.PROFILE);
    // An interest is consent to this organisation, even for a staff-only profile.
    assertThat(Disclosure.toEmployer(PENDING, Side.SEEKER, STAFF_ONLY))
        .isEqualTo(Disclosure.PROFILE);
    // The person switched to staff only after the employer asked: the employer sees nothing.
    assertThat(Disclosure.toEmployer(PENDING, Side.EMPLOYER, STAFF_ONLY))
        .isEqualTo(Disclosure.NOTHING);
  }

  @Test
  void declinedAndWithdrawnRequestsShowNothingButTheHandle() {
    for (Side initiator : Side.values()) {
      for (ProfileVisibility v : ProfileVisibility.values()) {
        assertThat(Disclosure.toEmployer(DECLINED, initiator, v)).isEqualTo(Disclosure.NOTHING);
        assertThat(Disclosure.toEmployer(WITHDRAWN, initiator, v)).isEqualTo(Disclosure.NOTHING);
      }
    }
  }

  @Test
  void anUnknownVisibilityCountsAsHidden() {
    assertThat(ProfileVisibility.of(null)).isEqualTo(HIDDEN);
    assertThat(ProfileVisibility.of("EVERYONE")).isEqualTo(HIDDEN);
    assertThat(ProfileVisibility.of("STAFF_ONLY")).isEqualTo(STAFF_ONLY);
  }
}
