package org.talentbruecke.opening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;

/** Expiry reminders and the requirements a draft may carry. */
class OpeningLifecycleTest {
  private static final Instant PUBLISHED = Instant.parse("2026-09-01T08:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);

  private static Opening published() {
    Opening o = new Opening(1, "Koch (m/w/d)", null, PUBLISHED.minusSeconds(3600));
    o.publish(PUBLISHED);
    return o;
  }

  @Test
  void theReminderStartsOneWeekBeforeExpiryAndEndsWithIt() {
    Opening o = published();
    Instant expiry = PUBLISHED.plus(Opening.RUNTIME);
    assertThat(o.expiresWithin(expiry.minus(Duration.ofDays(8)), WEEK)).isFalse();
    assertThat(o.expiresWithin(expiry.minus(Duration.ofDays(6)), WEEK)).isTrue();
    assertThat(o.expiresWithin(expiry.minusSeconds(1), WEEK)).isTrue();
    assertThat(o.expiresWithin(expiry, WEEK)).isFalse();
  }

  @Test
  void draftsAndClosedOpeningsNeedNoReminder() {
    Opening draft = new Opening(1, "Koch (m/w/d)", null, PUBLISHED);
    assertThat(draft.expiresWithin(PUBLISHED, Duration.ofDays(100))).isFalse();
    Opening closed = published();
    closed.close(PUBLISHED.plus(Duration.ofDays(55)), 9, null);
    assertThat(closed.expiresWithin(PUBLISHED.plus(Duration.ofDays(56)), WEEK)).isFalse();
  }

  @Test
  void aSkillIsEitherMustHaveOrNiceToHave() {
    assertThatThrownBy(
            () ->
                new Requirements(
                    new OpeningRequirements(),
                    List.of(new RequiredSkill("s1", true), new RequiredSkill("s1", false)),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpeningRequirements(null, null, null, 9, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closedOpeningsNoLongerChangeTheirRequirements() {
    // Published openings may be corrected since issue 14 (OpeningCorrectionRulesTest); closed ones
    // stay as they ended.
    Opening o = published();
    o.close(PUBLISHED.plusSeconds(60), 9, null);
    assertThatThrownBy(() -> o.revise(Requirements.none())).isInstanceOf(InvalidOpeningState.class);
    Opening draft = new Opening(1, "Koch (m/w/d)", null, PUBLISHED);
    draft.revise(
        new Requirements(
            new OpeningRequirements("occ", 2, null, 4, RecognitionRequirement.FULL_REQUIRED),
            List.of(new RequiredSkill("s1", true), new RequiredSkill("s2", false)),
            List.of(new WantedLanguage("tr", CefrLevel.B2))));
    assertThat(draft.getRequirements().mustHave()).containsExactly("s1");
    assertThat(draft.getRequirements().niceToHave()).containsExactly("s2");
    assertThat(draft.getRequirements().basics().getQualificationEqf()).isEqualTo(4);
  }
}
