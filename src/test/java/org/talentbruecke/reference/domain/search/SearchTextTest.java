package org.talentbruecke.reference.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding of case, umlauts and accents, and word splitting. */
class SearchTextTest {

  @Test
  void writesOutUmlautsAndSharpS() {
    assertThat(SearchText.fold("Bäcker/Bäckerin")).isEqualTo("baecker/baeckerin");
    assertThat(SearchText.fold("ÄÖÜ")).isEqualTo("aeoeue");
    assertThat(SearchText.fold("Straße"))
        .isEqualTo(SearchText.fold("STRASSE"))
        .isEqualTo("strasse");
  }

  @Test
  void removesOtherAccents() {
    assertThat(SearchText.fold("Café Crème, Ñandú")).isEqualTo("cafe creme, nandu");
  }

  @Test
  void splitsIntoWordsAtSlashesHyphensAndSpaces() {
    assertThat(
            SearchText.words("Gesundheits- und Krankenpfleger/Gesundheits- und Krankenschwester"))
        .containsExactly(
            "gesundheits", "und", "krankenpfleger", "gesundheits", "und", "krankenschwester");
  }

  @Test
  void keepsProgrammingLanguageNamesWhole() {
    assertThat(SearchText.words("C++ und C#")).containsExactly("c++", "und", "c#");
  }

  @Test
  void dropsArabicShortVowelsAndTatweel() {
    assertThat(SearchText.fold("مُمَرِّض")).isEqualTo("ممرض");
    assertThat(SearchText.fold("تَمْرِيضٌ")).isEqualTo("تمريض");
    assertThat(SearchText.fold("ممـــرض")).isEqualTo("ممرض");
  }

  @Test
  void foldsArabicAlefForms() {
    assertThat(SearchText.fold("أخصائي")).isEqualTo("اخصائي");
    assertThat(SearchText.fold("إدارة")).isEqualTo(SearchText.fold("ادارة"));
    assertThat(SearchText.fold("آلة")).isEqualTo(SearchText.fold("الة"));
    assertThat(SearchText.fold("ٱلعمل")).isEqualTo("العمل");
  }

  @Test
  void foldsArabicFinalYaaAndTaaMarbuta() {
    assertThat(SearchText.fold("مستشفى")).isEqualTo(SearchText.fold("مستشفي"));
    assertThat(SearchText.fold("ممرضة")).isEqualTo(SearchText.fold("ممرضه")).isEqualTo("ممرضه");
    assertThat(SearchText.fold("کاتب")).as("Persian kaf").isEqualTo("كاتب");
  }

  @Test
  void keepsHamzaOnWawAndYaaAndWritesArabicDigitsAsLatin() {
    assertThat(SearchText.fold("مسؤول")).isEqualTo("مسؤول");
    assertThat(SearchText.fold("أخصائي")).contains("ئ");
    assertThat(SearchText.fold("٢٠٢٤ ۱۲")).isEqualTo("2024 12");
  }

  @Test
  void splitsArabicIntoWordsAtSlashesAndArabicPunctuation() {
    assertThat(SearchText.words("ممرض مسؤول عن الرعاية العامة / ممرضة مسؤولة، فني"))
        .containsExactly("ممرض", "مسؤول", "عن", "الرعايه", "العامه", "ممرضه", "مسؤوله", "فني");
  }

  @Test
  void foldsUkrainianCaseButKeepsItsOwnLetters() {
    assertThat(SearchText.fold("МЕДСЕСТРА")).isEqualTo("медсестра");
    assertThat(SearchText.fold("Їжа Євген Йод")).isEqualTo("їжа євген йод");
    assertThat(SearchText.fold("й")).as("not folded to и like a Latin accent").isNotEqualTo("и");
    assertThat(SearchText.fold("і")).isNotEqualTo(SearchText.fold("ї"));
    assertThat(SearchText.fold("Ґанок")).isEqualTo(SearchText.fold("ганок"));
    assertThat(SearchText.fold("Ёлка")).isEqualTo("елка");
  }

  @Test
  void joinsUkrainianWordsAroundAnApostrophe() {
    assertThat(SearchText.words("м'ясник"))
        .isEqualTo(SearchText.words("м’ясник"))
        .isEqualTo(SearchText.words("мʼясник"))
        .containsExactly("мясник");
    assertThat(SearchText.words("children's")).containsExactly("children", "s");
  }

  @Test
  void textWithoutLettersHasNoWords() {
    assertThat(SearchText.words(" -/ ")).isEmpty();
  }
}
