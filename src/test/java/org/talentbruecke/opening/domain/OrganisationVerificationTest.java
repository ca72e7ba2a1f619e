package org.talentbruecke.opening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verification steps of an organisation and what each one leaves behind. */
class OrganisationVerificationTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);
  private static final Instant T2 = T1.plusSeconds(3600);
  private static final long STAFF = 7;
  private static final long EMPLOYER = 11;

  private static OrganisationProfile complete(String street) {
    return new OrganisationProfile(
        LegalForm.GMBH,
        NaceSection.Q,
        SizeBand.SMALL,
        "03241001",
        street,
        "30159",
        null,
        "HRB 1234, Amtsgericht Hannover",
        "0511 123456",
        "info@example.org");
  }

  private static Organisation registered() {
    return new Organisation("Pflegedienst Linden GmbH", T0);
  }

  private static Organisation verified() {
    Organisation o = registered();
    o.describe(
        "Pflegedienst Linden GmbH", complete("Limmerstraße 1"), List.of(), List.of(), EMPLOYER, T0);
    o.verify(STAFF, T1);
    return o;
  }

  @Test
  void verifyingRecordsWhoAndWhen() {
    Organisation o = registered();
    VerificationRecord r = o.verify(STAFF, T1);
    assertThat(o.isVerified()).isTrue();
    assertThat(o.getVerification()).isEqualTo(Verification.VERIFIED);
    assertThat(r.getStep()).isEqualTo(VerificationStep.VERIFIED);
    assertThat(r.getActorAccountId()).isEqualTo(STAFF);
    assertThat(r.getAt()).isEqualTo(T1);
    assertThatThrownBy(() -> o.verify(STAFF, T2)).isInstanceOf(InvalidVerificationStep.class);
  }

  @Test
  void aRejectionNeedsAReasonAndEndsAStandingVerification() {
    Organisation o = verified();
    assertThatThrownBy(() -> o.reject(STAFF, T2, "  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(o.isVerified()).isTrue();
    VerificationRecord r = o.reject(STAFF, T2, " Kein Eintrag im Handelsregister. ");
    assertThat(r.getText()).isEqualTo("Kein Eintrag im Handelsregister.");
    assertThat(o.getVerification()).isEqualTo(Verification.REJECTED);
    assertThat(o.isVerified()).isFalse();
    assertThat(o.getVerification().awaitsStaff()).isFalse();
    assertThatThrownBy(() -> o.reject(STAFF, T2, "nochmal"))
        .isInstanceOf(InvalidVerificationStep.class);
  }

  @Test
  void theEmployersNextSaveAnswersARequestForDetails() {
    Organisation o = registered();
    VerificationRecord request = o.requestDetails(STAFF, T1, "Bitte Registernummer angeben.");
    assertThat(request.getStep()).isEqualTo(VerificationStep.DETAILS_REQUESTED);
    assertThat(o.getVerification()).isEqualTo(Verification.DETAILS_REQUESTED);
    assertThat(o.isVerified()).isFalse();

    var answer = o.describe(null, complete("Limmerstraße 1"), List.of(), List.of(), EMPLOYER, T2);
    assertThat(answer)
        .hasValueSatisfying(
            r -> {
              assertThat(r.getStep()).isEqualTo(VerificationStep.DETAILS_SUPPLIED);
              assertThat(r.getActorAccountId()).isEqualTo(EMPLOYER);
              assertThat(r.getChangedFields()).contains("legalForm", "address", "register");
            });
    assertThat(o.getVerification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void aCorrectedRejectedOrganisationGoesBackToStaff() {
    Organisation o = registered();
    o.reject(STAFF, T1, "Adresse fehlt");
    var corrected =
        o.describe(null, complete("Limmerstraße 1"), List.of(), List.of(), EMPLOYER, T2);
    assertThat(corrected)
        .hasValueSatisfying(r -> assertThat(r.getStep()).isEqualTo(VerificationStep.CORRECTED));
    assertThat(o.getVerification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(o.isVerified()).isFalse();
  }

  @Test
  void checkedFactsChangedAfterVerificationSendItBackButKeepItVerified() {
    for (String changed : List.of("name", "legalForm", "address", "register")) {
      Organisation o = verified();
      OrganisationProfile p = o.getProfile();
      String name = changed.equals("name") ? "Pflegedienst Linden-Süd GmbH" : o.getName();
      OrganisationProfile next =
          new OrganisationProfile(
              changed.equals("legalForm") ? LegalForm.UG : p.getLegalForm(),
              p.getNaceSection(),
              p.getSizeBand(),
              p.getMunicipality(),
              changed.equals("address") ? "Davenstedter Straße 9" : p.getStreet(),
              p.getPostcode(),
              p.getOffersNewcomers(),
              changed.equals("register") ? "HRB 9999, Amtsgericht Hannover" : p.getRegisterEntry(),
              p.getContactPhone(),
              p.getContactEmail());
      var step = o.describe(name, next, List.of(), List.of(), EMPLOYER, T2);
      assertThat(step)
          .as(changed)
          .hasValueSatisfying(
              r -> {
                assertThat(r.getStep()).isEqualTo(VerificationStep.CHANGED_AFTER_VERIFICATION);
                assertThat(r.getChangedFields()).containsExactly(changed);
              });
      assertThat(o.getVerification()).as(changed).isEqualTo(Verification.RECHECK);
      assertThat(o.isVerified()).as(changed + ": openings stay online").isTrue();
      assertThat(o.getVerification().awaitsStaff()).isTrue();
      assertThat(o.getName()).isEqualTo(name);
    }
  }

  @Test
  void otherChangesAfterVerificationNeedNoNewCheck() {
    Organisation o = verified();
    OrganisationProfile p = o.getProfile();
    OrganisationProfile next =
        new OrganisationProfile(
            p.getLegalForm(),
            NaceSection.C,
            SizeBand.LARGE,
            p.getMunicipality(),
            p.getStreet(),
            p.getPostcode(),
            "Mentoring",
            p.getRegisterEntry(),
            "0511 999",
            "neu@example.org");
    assertThat(o.describe(o.getName(), next, List.of("ar"), List.of("SY"), EMPLOYER, T2)).isEmpty();
    assertThat(o.getVerification()).isEqualTo(Verification.VERIFIED);
  }

  @Test
  void aRequestDuringRecheckKeepsTheStandingVerificationUntilStaffDecide() {
    Organisation o = verified();
    o.describe("Neuer Name GmbH", o.getProfile(), List.of(), List.of(), EMPLOYER, T2);
    o.requestDetails(STAFF, T2, "Warum der neue Name?");
    assertThat(o.isVerified()).isTrue();
    o.describe(null, o.getProfile(), List.of(), List.of(), EMPLOYER, T2);
    assertThat(o.getVerification()).isEqualTo(Verification.RECHECK);
    o.reject(STAFF, T2, "Name gehört einem anderen Betrieb");
    assertThat(o.isVerified()).isFalse();
  }

  @Test
  void requestsOnlyWhileWaitingForStaff() {
    Organisation o = verified();
    assertThatThrownBy(() -> o.requestDetails(STAFF, T2, "Bitte Telefon"))
        .isInstanceOf(InvalidVerificationStep.class);
  }

  @Test
  void missingDetailsNameWhatStaffCannotCheck() {
    Organisation o = registered();
    assertThat(o.missingDetails()).containsExactly("address", "legalForm", "register", "contact");
    o.describe(null, complete("Limmerstraße 1"), List.of(), List.of(), EMPLOYER, T1);
    assertThat(o.missingDetails()).isEmpty();
    Organisation soleTrader = registered();
    soleTrader.describe(
        new OrganisationProfile(
            LegalForm.SOLE_TRADER,
            null,
            null,
            "03241001",
            "Weg 1",
            "30159",
            null,
            null,
            null,
            "a@example.org"),
        List.of(),
        List.of());
    assertThat(soleTrader.missingDetails()).isEmpty();
  }
}
