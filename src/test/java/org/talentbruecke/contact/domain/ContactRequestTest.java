package org.talentbruecke.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The state machine of a contact request: who answers, what is final, what a withdrawal forgets.
 */
class ContactRequestTest {
  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private static ContactRequest asked() {
    return ContactRequest.askedByEmployer(7, 3, 42, 420, "7F3K-9QXZ", 5, "Hallo", AT);
  }

  private static ContactRequest interest() {
    return ContactRequest.interestShown(
        7, 3, 42, 420, "7F3K-9QXZ", null, ContactChannel.PHONE, "+49 511 123456", AT);
  }

  @Test
  void aNewRequestIsPendingWithARandomPublicId() {
    ContactRequest a = asked();
    ContactRequest b = asked();
    assertThat(a.getState()).isEqualTo(ContactState.PENDING);
    assertThat(a.getPublicId()).matches(UUID).isNotEqualTo(b.getPublicId());
    assertThat(a.getSharedChannel()).isNull();
    assertThat(a.answeringSide()).isEqualTo(Side.SEEKER);
    assertThat(interest().answeringSide()).isEqualTo(Side.EMPLOYER);
  }

  @Test
  void theJobSeekerAcceptsAnEmployersRequestChoosingWhatToShare() {
    ContactRequest r = asked();
    r.accept(Side.SEEKER, 42, ContactChannel.COUNSELLOR, "Frau Kaya, IQ Beratung", AT);
    assertThat(r.getState()).isEqualTo(ContactState.ACCEPTED);
    assertThat(r.getSharedChannel()).isEqualTo(ContactChannel.COUNSELLOR);
    assertThat(r.getSharedDetail()).isEqualTo("Frau Kaya, IQ Beratung");
    assertThat(r.getAnsweredBy()).isEqualTo(42L);
  }

  @Test
  void anEmailChannelKeepsNoDetail() {
    ContactRequest r = asked();
    r.accept(Side.SEEKER, 42, ContactChannel.EMAIL, "ignored", AT);
    assertThat(r.getSharedDetail()).isNull();
  }

  @Test
  void theEmployerAcceptsAnInterestAndTheChoiceMadeWithItStays() {
    ContactRequest r = interest();
    r.accept(Side.EMPLOYER, 5, null, null, AT);
    assertThat(r.getState()).isEqualTo(ContactState.ACCEPTED);
    assertThat(r.getSharedChannel()).isEqualTo(ContactChannel.PHONE);
    assertThat(r.getSharedDetail()).isEqualTo("+49 511 123456");
  }

  @Test
  void nobodyAnswersTheirOwnRequest() {
    assertThatThrownBy(() -> asked().accept(Side.EMPLOYER, 5, null, null, AT))
        .isInstanceOf(NotYourSide.class);
    assertThatThrownBy(() -> interest().decline(Side.SEEKER, 42, AT))
        .isInstanceOf(NotYourSide.class);
  }

  @Test
  void acceptingTwiceOrAfterADeclineIsAConflictAndChangesNothing() {
    ContactRequest r = asked();
    r.accept(Side.SEEKER, 42, ContactChannel.EMAIL, null, AT);
    assertThatThrownBy(() -> r.accept(Side.SEEKER, 42, ContactChannel.PHONE, "0511 1", AT))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("alreadyAnswered");
    assertThat(r.getSharedChannel()).isEqualTo(ContactChannel.EMAIL);

    ContactRequest declined = asked();
    declined.decline(Side.SEEKER, 42, AT);
    assertThatThrownBy(() -> declined.accept(Side.SEEKER, 42, ContactChannel.EMAIL, null, AT))
        .isInstanceOf(ContactConflict.class);
    assertThat(declined.getState()).isEqualTo(ContactState.DECLINED);
  }

  @Test
  void withdrawingForgetsTheSharedContactAndIsFinal() {
    ContactRequest r = interest();
    r.accept(Side.EMPLOYER, 5, null, null, AT);
    r.withdraw(Side.SEEKER, AT.plusSeconds(60));
    assertThat(r.getState()).isEqualTo(ContactState.WITHDRAWN);
    assertThat(r.getSharedChannel()).isNull();
    assertThat(r.getSharedDetail()).isNull();
    assertThat(r.getWithdrawnAt()).isEqualTo(AT.plusSeconds(60));
    assertThatThrownBy(() -> r.withdraw(Side.SEEKER, AT))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("alreadyWithdrawn");
    assertThatThrownBy(() -> r.accept(Side.EMPLOYER, 5, null, null, AT))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("alreadyWithdrawn");
  }

  @Test
  void aPendingRequestCanBeWithdrawnButOnlyByTheJobSeeker() {
    ContactRequest r = asked();
    assertThatThrownBy(() -> r.withdraw(Side.EMPLOYER, AT)).isInstanceOf(NotYourSide.class);
    assertThat(r.getState()).isEqualTo(ContactState.PENDING);
    r.withdraw(Side.SEEKER, AT);
    assertThat(r.getState()).isEqualTo(ContactState.WITHDRAWN);
  }

  @Test
  void aDeclinedRequestCannotBeWithdrawn() {
    ContactRequest r = asked();
    r.decline(Side.SEEKER, 42, AT);
    assertThatThrownBy(() -> r.withdraw(Side.SEEKER, AT))
        .isInstanceOf(ContactConflict.class)
        .extracting(e -> ((ContactConflict) e).reason())
        .isEqualTo("alreadyDeclined");
  }

  @Test
  void anErasedEmployerAccountIsForgotten() {
    ContactRequest r = asked();
    r.forgetEmployerAccount(5);
    assertThat(r.getRequestedBy()).isNull();
    ContactRequest i = interest();
    i.accept(Side.EMPLOYER, 5, null, null, AT);
    i.forgetEmployerAccount(5);
    assertThat(i.getAnsweredBy()).isNull();
    assertThat(i.getRequestedBy()).isEqualTo(42L);
  }
}
