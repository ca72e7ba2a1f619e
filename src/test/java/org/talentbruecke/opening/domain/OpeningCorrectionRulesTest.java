package org.talentbruecke.opening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * What may be corrected, extended, reopened and deleted in which state (issue 14), and the limits
 * of an extension.
 */
class OpeningCorrectionRulesTest {
  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static Opening draft() {
    Opening o = new Opening(7, "Pflegefachkraft (m/w/d)", "Wir suchen Verstärkung.", NOW);
    o.revise(
        new OpeningDetails(
            new OpeningDetails.Terms(
                2, "03241001", WorkingHours.FULL_TIME, null, null, 2800, 3400, OpeningKind.JOB),
            CefrSkillLevels.allAt(CefrLevel.B1),
            new OpeningDetails.Offers(true, false, true, false)));
    o.revise(
        new Requirements(
            new OpeningRequirements("occ", 1, "Pflege", 4, RecognitionRequirement.FULL_REQUIRED),
            List.of(new RequiredSkill("s1", true), new RequiredSkill("s2", false)),
            List.of(new WantedLanguage("ar", CefrLevel.B2))));
    return o;
  }

  private static Opening published() {
    Opening o = draft();
    o.publish(NOW);
    return o;
  }

  private static Opening closed() {
    Opening o = published();
    o.close(NOW.plusSeconds(3600), 9, null);
    return o;
  }

  @Test
  void draftsAndPublishedOpeningsCanBeCorrectedClosedOnesCannot() {
    Opening published = published();
    published.revise("Pflegefachkraft (w/m/d) Nachtdienst", "Neuer Text.");
    assertThat(published.getTitle()).isEqualTo("Pflegefachkraft (w/m/d) Nachtdienst");
    assertThat(published.getStatus()).isEqualTo(OpeningStatus.PUBLISHED);
    assertThat(published.getPublishedAt()).isEqualTo(NOW);
    assertThat(published.isEditable()).isTrue();
    assertThat(draft().isEditable()).isTrue();

    Opening closed = closed();
    assertThat(closed.isEditable()).isFalse();
    assertThatThrownBy(() -> closed.revise("Neu", null)).isInstanceOf(InvalidOpeningState.class);
    assertThat(closed.getTitle()).isEqualTo("Pflegefachkraft (m/w/d)");
  }

  @Test
  void onlyDraftsCanBeDeleted() {
    draft().requireDeletable();
    assertThatThrownBy(() -> published().requireDeletable())
        .isInstanceOf(InvalidOpeningState.class);
    assertThatThrownBy(() -> closed().requireDeletable()).isInstanceOf(InvalidOpeningState.class);
  }

  @Test
  void onlyClosedOpeningsAreReopenedAndTheCopyIsANewDraftWithTheSameContent() {
    assertThatThrownBy(() -> draft().reopenAsDraft(NOW)).isInstanceOf(InvalidOpeningState.class);
    assertThatThrownBy(() -> published().reopenAsDraft(NOW))
        .isInstanceOf(InvalidOpeningState.class);

    Opening closed = closed();
    Instant later = NOW.plusSeconds(86_400);
    Opening copy = closed.reopenAsDraft(later);

    assertThat(closed.getStatus()).isEqualTo(OpeningStatus.CLOSED);
    assertThat(copy.getStatus()).isEqualTo(OpeningStatus.DRAFT);
    assertThat(copy.getId()).isNull();
    assertThat(copy.getCreatedAt()).isEqualTo(later);
    assertThat(copy.getPublishedAt()).isNull();
    assertThat(copy.getExpiresAt()).isNull();
    assertThat(copy.getClosedAt()).isNull();
    assertThat(copy.getOrganisationId()).isEqualTo(7);
    assertThat(copy.getTitle()).isEqualTo(closed.getTitle());
    assertThat(copy.getDescription()).isEqualTo(closed.getDescription());
    assertThat(copy.getDetails().getMunicipality()).isEqualTo("03241001");
    assertThat(copy.getDetails().getPayMax()).isEqualTo(3400);
    assertThat(copy.getDetails().getGerman()).isEqualTo(CefrSkillLevels.allAt(CefrLevel.B1));
    assertThat(copy.getDetails().isOffersRecognitionHelp()).isTrue();
    // Separate values, not shared with the closed opening (JPA would write them twice).
    assertThat(copy.getDetails()).isNotSameAs(closed.getDetails());
    assertThat(copy.getRequirements().mustHave()).containsExactly("s1");
    assertThat(copy.getRequirements().niceToHave()).containsExactly("s2");
    assertThat(copy.getRequirements().basics().getRecognition())
        .isEqualTo(RecognitionRequirement.FULL_REQUIRED);
    assertThat(copy.getRequirements().languages()).hasSize(1);
    assertThat(copy.getRequirements().languages().get(0))
        .isNotSameAs(closed.getRequirements().languages().get(0));
  }

  @Test
  void anExtensionRunsToTheEndOfTheChosenDayInTheRegion() {
    Opening o = published();
    LocalDate lastDay = TODAY.plusDays(30);
    o.extendUntil(lastDay, TODAY, REGION);
    assertThat(o.getExpiresAt()).isEqualTo(Instant.parse("2027-01-02T23:00:00Z"));
    assertThat(o.isExpired(Instant.parse("2027-01-02T22:59:59Z"))).isFalse();
    assertThat(o.isExpired(Instant.parse("2027-01-02T23:00:00Z"))).isTrue();
  }

  @Test
  void anExtensionIsAfterTodayAndAtMostSixtyDaysAhead() {
    Opening o = published();
    Instant before = o.getExpiresAt();
    assertReason(() -> o.extendUntil(TODAY, TODAY, REGION), ExpiryOutOfRange.Reason.NOT_IN_FUTURE);
    assertReason(
        () -> o.extendUntil(TODAY.minusDays(3), TODAY, REGION),
        ExpiryOutOfRange.Reason.NOT_IN_FUTURE);
    assertReason(
        () -> o.extendUntil(TODAY.plusDays(61), TODAY, REGION), ExpiryOutOfRange.Reason.TOO_FAR);
    assertReason(() -> o.extendUntil(null, TODAY, REGION), ExpiryOutOfRange.Reason.MISSING);
    assertThat(o.getExpiresAt()).as("a refused day changes nothing").isEqualTo(before);

    o.extendUntil(TODAY.plusDays(1), TODAY, REGION);
    o.extendUntil(TODAY.plusDays(60), TODAY, REGION);
    assertThat(ExpiryOutOfRange.earliest(TODAY)).isEqualTo(TODAY.plusDays(1));
    assertThat(ExpiryOutOfRange.latest(TODAY)).isEqualTo(TODAY.plusDays(60));
  }

  @Test
  void anExpiredOpeningComesBackOnlineWhenExtended() {
    Opening o = published();
    Instant afterExpiry = o.getExpiresAt().plusSeconds(60);
    assertThat(o.isExpired(afterExpiry)).isTrue();
    LocalDate thatDay = LocalDate.ofInstant(afterExpiry, REGION);
    o.extendUntil(thatDay.plusDays(10), thatDay, REGION);
    assertThat(o.isExpired(afterExpiry)).isFalse();
  }

  @Test
  void onlyPublishedOpeningsAreExtended() {
    assertThatThrownBy(() -> draft().extendUntil(TODAY.plusDays(5), TODAY, REGION))
        .isInstanceOf(InvalidOpeningState.class);
    assertThatThrownBy(() -> closed().extendUntil(TODAY.plusDays(5), TODAY, REGION))
        .isInstanceOf(InvalidOpeningState.class);
  }

  private static void assertReason(Runnable action, ExpiryOutOfRange.Reason reason) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            ExpiryOutOfRange.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
