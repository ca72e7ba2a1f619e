package org.talentbruecke.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * The complete profile of {@code seeker@demo.test}: a nurse from Syria whose degree is partly
 * recognised and who is in her adaptation period. It points to ESCO concepts, so it is created only
 * once ESCO is loaded (see {@link DemoCreator}).
 */
@ApplicationScoped
public class DemoProfile extends DemoCreator {
  static final String SEEKER = "seeker@demo.test";
  public static final String NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
  private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
  private static final Logger LOG = Logger.getLogger(DemoProfile.class.getName());

  @Inject private AccountBootstrap accounts;
  @Inject private ProfileService profiles;
  @Inject private Vocabulary concepts;

  @Override
  protected String what() {
    return "demo profile";
  }

  @Override
  protected boolean canCreate() {
    return accounts.hasAccount(SEEKER) && concepts.exists(NURSE, ConceptType.OCCUPATION);
  }

  @Override
  protected boolean exists() {
    return profiles.exists(accounts.idOf(SEEKER));
  }

  @Override
  protected void create() {
    profiles.replace(accounts.idOf(SEEKER), profile());
    LOG.info("Demo profile of " + SEEKER + " is ready");
  }

  public static ProfileData profile() {
    Map<String, String> b1 = allSubSkills("B1");
    return new ProfileData(
        List.of(new ProfileData.Occupation(NURSE, true)),
        List.of(
            new ProfileData.Skill(
                ESCO_SKILL + "1fd57242-267e-46df-bd8c-849fdd593a50", null, "EXPERT", true),
            new ProfileData.Skill(
                ESCO_SKILL + "53141450-2fa9-4890-a64e-7ffd4e1144be", null, "EXPERIENCED", true),
            new ProfileData.Skill(
                ESCO_SKILL + "0bb3792c-0a17-4e48-a8b3-5603bb12a660", null, "EXPERIENCED", false),
            new ProfileData.Skill(
                null, "Intensivpflege auf einer Station mit 24 Betten", "EXPERT", false)),
        List.of(
            new ProfileData.Work(
                "PUBLIC_SECTOR",
                NURSE,
                null,
                "SY",
                "2012-09",
                "2015-06",
                "Pflege auf der Intensivstation eines Universitätsklinikums, Medikamentengabe, Dokumentation."),
            new ProfileData.Work(
                "PRIVATE_COMPANY",
                null,
                "Pflegehelferin",
                "DE",
                "2023-02",
                "2025-09",
                "Grundpflege in einem Pflegeheim in Hannover-Linden."),
            new ProfileData.Work(
                "PUBLIC_SECTOR",
                null,
                "Pflegefachkraft im Anpassungslehrgang",
                "DE",
                "2025-10",
                null,
                "Praxiseinsatz im Krankenhaus mit Anleitung.")),
        List.of(
            new ProfileData.Language("ar", true, Map.of(), List.of()),
            new ProfileData.Language(
                "de", false, b1, List.of(new ProfileData.Certificate("DTZ B1", "2023-06-14"))),
            new ProfileData.Language("en", false, allSubSkills("B2"), List.of())),
        List.of(
            new ProfileData.Course("INTEGRATION_COURSE", "B1", "TAKEN"),
            new ProfileData.Course("JOB_GERMAN_SPECIAL", "B2", "PLANNED")),
        List.of(
            new ProfileData.QualificationEntry(
                "ACADEMIC",
                "Bachelor of Nursing",
                "SY",
                "Universität Damaskus",
                2012,
                6,
                new ProfileData.RecognitionEntry(
                    "PARTIAL_EQUIVALENCE",
                    "2024-03-04",
                    "Niedersächsisches Landesamt für Soziales, Jugend und Familie (LS), Außenstelle Lüneburg",
                    "Praktische Stunden in der Langzeitpflege und in der ambulanten Pflege fehlen.",
                    "ADAPTATION_PERIOD",
                    "IN_PROGRESS",
                    NURSE),
                "H_PLUS")),
        new ProfileData.AvailabilityEntry(
            "2026-04-01",
            List.of("FULL_TIME", "SHIFTS"),
            "03241001",
            45,
            null,
            true,
            List.of(),
            "PERMITTED"),
        "Ich bin Pflegefachkraft aus Damaskus und lebe seit 2022 in Hannover. Ich suche eine Stelle im Krankenhaus.",
        "STAFF_ONLY");
  }

  private static Map<String, String> allSubSkills(String level) {
    return Map.of(
        "LISTENING",
        level,
        "READING",
        level,
        "SPOKEN_INTERACTION",
        level,
        "SPOKEN_PRODUCTION",
        level,
        "WRITING",
        level);
  }
}
