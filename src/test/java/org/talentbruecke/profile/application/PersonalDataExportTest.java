package org.talentbruecke.profile.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.app.demo.DemoProfile;
import org.talentbruecke.identity.application.AccountRecord;
import org.talentbruecke.profile.domain.Gender;
import org.talentbruecke.profile.domain.PersonalDetails;
import org.talentbruecke.reference.domain.LocalizedLabel;

/** The export holds everything stored about the person, labelled, and nothing secret. */
class PersonalDataExportTest {
  private static final Instant NOW = Instant.parse("2026-12-03T14:05:00Z");
  private final AccountRecord account =
      new AccountRecord(
          7,
          "leyla@example.org",
          "Leyla Beispiel",
          "JOB_SEEKER",
          null,
          "uk",
          Instant.parse("2026-10-01T09:00:00Z"),
          Instant.parse("2026-10-01T09:00:00Z"),
          2);
  private final ProfileData profile = DemoProfile.profile();

  private Map<String, LocalizedLabel> someLabels() {
    Map<String, LocalizedLabel> labels = new HashMap<>();
    for (String uri : PersonalDataExport.escoUris(profile)) {
      labels.put(uri, new LocalizedLabel("label of " + uri, "uk"));
    }
    return labels;
  }

  @Test
  void everyEscoUriOfEveryStepIsListedOnceInTheOrderOfTheSteps() {
    List<String> uris = PersonalDataExport.escoUris(profile);
    assertThat(uris).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(uris.get(0)).isEqualTo(profile.occupations().get(0).escoUri());
    profile.skills().stream()
        .map(ProfileData.Skill::escoUri)
        .filter(u -> u != null)
        .forEach(u -> assertThat(uris).contains(u));
    profile.workHistory().stream()
        .map(ProfileData.Work::occupationUri)
        .filter(u -> u != null)
        .forEach(u -> assertThat(uris).contains(u));
  }

  @Test
  void theDocumentHoldsAccountDetailsProfileAndLabelsInThePersonsLanguage() {
    PersonalDetails details = new PersonalDetails(7);
    details.change("SY", LocalDate.of(1990, 4, 2), Gender.FEMALE, false);

    PersonalDataExport.Document document =
        PersonalDataExport.assemble(
            account,
            Optional.of(details),
            NOW.minusSeconds(60),
            profile,
            someLabels(),
            Locale.forLanguageTag("uk"),
            NOW);

    assertThat(document.format()).isEqualTo(PersonalDataExport.FORMAT);
    assertThat(document.account()).isEqualTo(account);
    assertThat(document.personalDetails())
        .isEqualTo(new PersonalDetailsService.Data("SY", "1990-04-02", "FEMALE", false));
    assertThat(document.profile()).isEqualTo(profile);
    assertThat(document.profile().qualifications().get(0).recognition().status()).isNotBlank();
    assertThat(document.escoLabels().keySet())
        .containsExactlyElementsOf(PersonalDataExport.escoUris(profile));
    assertThat(document.language()).isEqualTo("uk");
    assertThat(document.signIn().sessionEpoch()).isEqualTo(2);
    // The notes are texts in the person's language, not keys.
    assertThat(document.signIn().apiTokens()).doesNotStartWith("export.").contains("API");
    assertThat(document.notes()).hasSize(2).noneMatch(n -> n.startsWith("export."));
  }

  @Test
  void aPersonWithoutProfileOrDetailsGetsTheAccountAndEmptyParts() {
    PersonalDataExport.Document document =
        PersonalDataExport.assemble(
            account, Optional.empty(), null, null, Map.of(), Locale.GERMAN, NOW);
    assertThat(document.account().email()).isEqualTo("leyla@example.org");
    assertThat(document.profile()).isNull();
    assertThat(document.personalDetails()).isNull();
    assertThat(document.escoLabels()).isEmpty();
  }

  @Test
  void noPartOfTheDocumentCanHoldThePasswordHashOrATokenValue() {
    for (Class<?> type :
        List.of(
            PersonalDataExport.Document.class,
            PersonalDataExport.SignIn.class,
            AccountRecord.class)) {
      assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
          .as(type.getSimpleName())
          .noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("hash"))
          .noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("secret"))
          .noneMatch(n -> n.equals("token") || n.equals("password"));
    }
  }

  @Test
  void theFileNameCarriesTheDayOfTheExport() {
    assertThat(PersonalDataExport.fileName(NOW)).isEqualTo("talentbruecke-export-2026-12-03.json");
  }
}
