package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

class CefrDescriptorCatalogTest {

    private final CefrDescriptorCatalog catalog = CefrDescriptorCatalog.load();

    @Test
    void everyLevelAndSkillHasOneDistinctSentenceInBothLanguages() {
        Set<String> seen = new HashSet<>();
        for (CefrLevel level : CefrLevel.values()) {
            for (CefrSkill skill : CefrSkill.values()) {
                LocalizedText text = catalog.descriptor(level, skill);
                assertOneSentence(text.de());
                assertOneSentence(text.en());
                assertThat(seen.add(text.en())).as("duplicate descriptor for %s %s", level, skill).isTrue();
            }
            assertOneSentence(catalog.levelSummary(level).de());
            assertOneSentence(catalog.levelSummary(level).en());
        }
    }

    @Test
    void skillNamesFollowTheEuropassGrid() {
        assertThat(catalog.skillName(CefrSkill.LISTENING).in(Locale.GERMAN)).isEqualTo("Hören");
        assertThat(catalog.skillName(CefrSkill.SPOKEN_INTERACTION).in(Locale.ENGLISH)).isEqualTo("Spoken interaction");
        assertThat(catalog.skillName(CefrSkill.SPOKEN_PRODUCTION).in(Locale.GERMAN)).isEqualTo("Zusammenhängendes Sprechen");
    }

    private static void assertOneSentence(String text) {
        assertThat(text).endsWith(".");
        assertThat(text.substring(0, text.length() - 1)).doesNotContain(". ");
    }
}
