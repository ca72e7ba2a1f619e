package org.talentbruecke.reference.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.reference.domain.language.CefrLevel.A2;
import static org.talentbruecke.reference.domain.language.CefrLevel.B1;
import static org.talentbruecke.reference.domain.language.CefrLevel.B2;
import static org.talentbruecke.reference.domain.language.CefrLevel.C1;
import static org.talentbruecke.reference.domain.language.CefrSkill.LISTENING;
import static org.talentbruecke.reference.domain.language.CefrSkill.READING;
import static org.talentbruecke.reference.domain.language.CefrSkill.SPOKEN_INTERACTION;
import static org.talentbruecke.reference.domain.language.CefrSkill.SPOKEN_PRODUCTION;
import static org.talentbruecke.reference.domain.language.CefrSkill.WRITING;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CefrSkillLevelsTest {

  // An opening that needs B1 for talking and A2 for writing, nothing for reading or listening.
  private static final CefrSkillLevels REQUIRED = new CefrSkillLevels(null, null, B1, B1, A2);

  @Test
  void eachSubSkillKeepsItsOwnLevel() {
    CefrSkillLevels levels = new CefrSkillLevels(C1, B2, B1, A2, null);

    assertThat(levels.getListening()).isEqualTo(C1);
    assertThat(levels.level(READING)).isEqualTo(B2);
    assertThat(levels.level(SPOKEN_INTERACTION)).isEqualTo(B1);
    assertThat(levels.getSpokenProduction()).isEqualTo(A2);
    assertThat(levels.level(WRITING)).isNull();
    assertThat(levels.asMap())
        .containsExactly(
            Map.entry(LISTENING, C1),
            Map.entry(READING, B2),
            Map.entry(SPOKEN_INTERACTION, B1),
            Map.entry(SPOKEN_PRODUCTION, A2));
  }

  @Test
  void fromMapAndAllAtAgreeWithTheConstructor() {
    assertThat(CefrSkillLevels.of(Map.of(READING, B2, WRITING, A2)))
        .isEqualTo(new CefrSkillLevels(null, B2, null, null, A2));
    assertThat(CefrSkillLevels.allAt(B1)).isEqualTo(new CefrSkillLevels(B1, B1, B1, B1, B1));
    assertThat(new CefrSkillLevels().isEmpty()).isTrue();
    assertThat(CefrSkillLevels.allAt(B1).isEmpty()).isFalse();
  }

  @Test
  void highestIsTheTopLevelOfAnySubSkill() {
    assertThat(REQUIRED.highest()).contains(B1);
    assertThat(new CefrSkillLevels(null, C1, null, null, A2).highest()).contains(C1);
    assertThat(new CefrSkillLevels().highest()).isEmpty();
  }

  @Test
  void aSubSkillMeetsAnEqualOrLowerRequirementAndAnyWhereNoneIsRequired() {
    CefrSkillLevels spoken = new CefrSkillLevels(null, null, B1, A2, B2);

    assertThat(spoken.meets(SPOKEN_INTERACTION, REQUIRED)).as("B1 for B1").isTrue();
    assertThat(spoken.meets(WRITING, REQUIRED)).as("B2 for A2").isTrue();
    assertThat(spoken.meets(SPOKEN_PRODUCTION, REQUIRED)).as("A2 for B1").isFalse();
    assertThat(spoken.meets(LISTENING, REQUIRED)).as("nothing rated, nothing needed").isTrue();
  }

  @Test
  void anUnratedSubSkillMeetsNoRequirement() {
    CefrSkillLevels readingOnly = new CefrSkillLevels(null, C1, null, null, null);

    assertThat(readingOnly.meets(WRITING, REQUIRED)).isFalse();
  }

  @Test
  void shortOfListsTheSubSkillsBelowTheRequirementInEuropassOrder() {
    assertThat(new CefrSkillLevels(A2, A2, A2, B1, A2).shortOf(REQUIRED))
        .containsExactly(SPOKEN_INTERACTION);
    assertThat(new CefrSkillLevels(C1, C1, null, A2, null).shortOf(REQUIRED))
        .containsExactly(SPOKEN_INTERACTION, SPOKEN_PRODUCTION, WRITING);
    assertThat(CefrSkillLevels.allAt(B1).shortOf(REQUIRED)).isEmpty();
    assertThat(new CefrSkillLevels().shortOf(new CefrSkillLevels())).isEmpty();
    assertThat(new CefrSkillLevels().shortOf(CefrSkillLevels.allAt(A2)))
        .containsExactly(CefrSkill.values());
  }
}
