package org.talentbruecke.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.app.demo.DemoProfile;
import org.talentbruecke.profile.domain.Completeness;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.application.KnownConcepts;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

class ProfileServiceTest {
  private static final String ESCO = "http://data.europa.eu/esco/";
  private final List<Profile> stored = new ArrayList<>();
  private final ProfileRepository repository =
      new ProfileRepository() {
        @Override
        public Optional<Profile> findByAccount(long accountId) {
          return stored.stream().filter(p -> p.getAccountId() == accountId).findFirst();
        }

        @Override
        public Profile store(Profile profile) {
          if (!stored.contains(profile)) {
            stored.add(profile);
          }
          return profile;
        }
      };
  // ESCO URIs in the test follow the real shape: the type is in the path.
  private final Vocabulary catalog =
      KnownConcepts.where(
          (uri, type) ->
              !uri.contains("unknown")
                  && uri.startsWith(
                      ESCO + (type == ConceptType.OCCUPATION ? "occupation/" : "skill/")));
  private final ProfileService service =
      new ProfileService(
          repository,
          catalog,
          Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
          ShippedCatalogs.languages(),
          ShippedCatalogs.municipalities());

  @Test
  void theDemoProfileIsValidCompleteAndReadsBackTheSame() {
    ProfileData saved = service.replace(7, DemoProfile.profile());
    assertThat(service.read(7)).isEqualTo(saved);
    assertThat(saved.languages()).hasSize(3);
    assertThat(saved.languages().get(1).certificates())
        .extracting(ProfileData.Certificate::name)
        .containsExactly("DTZ B1");
    assertThat(saved.qualifications().get(0).recognition().measureStatus())
        .isEqualTo("IN_PROGRESS");
    assertThat(service.completeness(7)).isEqualTo(new Completeness(100, Completeness.DONE));
  }

  @Test
  void unknownOrWrongTypeEscoUrisNameTheirField() {
    ProfileData data =
        ProfileData.empty()
            .withOccupations(List.of(new ProfileData.Occupation(ESCO + "occupation/unknown", true)))
            .withSkills(
                List.of(new ProfileData.Skill(ESCO + "occupation/abc", null, "BASIC", false)));
    assertThat(errors(data))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "occupations[0].escoUri", "profile.validation.unknownConcept"),
            org.assertj.core.groups.Tuple.tuple(
                "skills[0].escoUri", "profile.validation.unknownConcept"));
  }

  @Test
  void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
    ProfileData data =
        DemoProfile.profile()
            .withSkills(List.of(new ProfileData.Skill(null, "Wundversorgung", "MASTER", false)))
            .withWorkHistory(
                List.of(
                    new ProfileData.Work(
                        "PUBLIC_SECTOR", null, "Pflege", "SY", "2015-06", "2012-09", null)))
            .withLanguages(
                List.of(
                    new ProfileData.Language(
                        "en", false, Map.of("SMELLING", "B2", "READING", "D1"), List.of())));
    assertThat(errors(data))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "skills[0].level",
            "workHistory[0].to",
            "languages[0].levels.SMELLING",
            "languages[0].levels.READING");
    assertThat(stored).isEmpty();
  }

  @Test
  void aHugeTextIsRefused() {
    ProfileData data =
        new ProfileData(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            "x".repeat(5 * 1024 * 1024),
            null);
    assertThat(errors(data))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("about", "validation.tooLong"));
  }

  @Test
  void recognitionRulesBecomeFieldErrors() {
    ProfileData data =
        ProfileData.empty()
            .withQualifications(
                List.of(
                    new ProfileData.QualificationEntry(
                        "SCHOOL",
                        "Abitur",
                        "SY",
                        null,
                        2008,
                        9,
                        new ProfileData.RecognitionEntry(
                            "APPLIED", null, null, null, "ADAPTATION_PERIOD", null, null),
                        "H_PLUS")));
    assertThat(errors(data))
        .extracting(FieldError::field)
        .contains(
            "qualifications[0].eqfLevel",
            "qualifications[0].anabin",
            "qualifications[0].recognition.appliedOn",
            "qualifications[0].recognition.body",
            "qualifications[0].recognition.measure");
  }

  @Test
  void aStepReplacesOnlyItsPartAndAMistakeKeepsTheSavedProfile() {
    service.replace(7, DemoProfile.profile());
    service.update(7, p -> p.withVisibility("ANONYMOUS_TO_VERIFIED_EMPLOYERS"));
    assertThat(service.read(7).visibility()).isEqualTo("ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    assertThat(service.read(7).skills()).hasSize(4);

    catchThrowableOfType(
        () ->
            service.update(
                7,
                p ->
                    p.withSkills(List.of())
                        .withOccupations(
                            List.of(
                                new ProfileData.Occupation(ESCO + "occupation/unknown", true)))),
        ValidationFailure.class);
    assertThat(service.read(7).skills()).as("nothing of the failed save").hasSize(4);
  }

  private List<FieldError> errors(ProfileData data) {
    ValidationFailure failure =
        catchThrowableOfType(() -> service.replace(7, data), ValidationFailure.class);
    assertThat(failure).as("validation failure").isNotNull();
    return failure.errors();
  }
}
