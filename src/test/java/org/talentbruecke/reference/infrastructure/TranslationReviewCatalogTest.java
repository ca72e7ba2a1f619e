package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.glossary.TranslationReview;

class TranslationReviewCatalogTest {

  @Test
  void everyTranslatedLanguageHasARowAndNoneIsReviewedYet() {
    var reviews = TranslationReviewCatalog.load();
    assertThat(reviews)
        .extracting(TranslationReview::language)
        .containsExactly("en", "ar", "uk", "tr");
    // Decision 030: machine-assisted until a native-speaking counsellor signs off. Recording a
    // review changes this expectation on purpose.
    assertThat(reviews).noneMatch(TranslationReview::reviewed);
  }

  @Test
  void aReviewNeedsBothReviewerAndDate() {
    assertThatThrownBy(
            () -> new TranslationReview("ar", Optional.of("A. Counsellor"), Optional.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new TranslationReview(
                    "ar", Optional.of("A. Counsellor"), Optional.of(LocalDate.of(2027, 1, 15)), "")
                .reviewed())
        .isTrue();
  }
}
