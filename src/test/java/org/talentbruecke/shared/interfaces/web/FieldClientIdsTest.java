package org.talentbruecke.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldClientIdsTest {

  @Test
  void rowsOfAListBecomeRepeatIndexes() {
    assertThat(FieldClientIds.of("form", "workHistory[2].from"))
        .isEqualTo("form:workHistory:2:from");
    assertThat(FieldClientIds.of("form", "languages[0].certificates[1].date"))
        .isEqualTo("form:languages:0:certificates:1:date");
  }

  @Test
  void dotsOutsideAListBecomeUnderscores() {
    assertThat(FieldClientIds.of("form", "qualifications[1].recognition.status"))
        .isEqualTo("form:qualifications:1:recognition_status");
    assertThat(FieldClientIds.of("f", "availability.from")).isEqualTo("f:availability_from");
    assertThat(FieldClientIds.of("f", "about")).isEqualTo("f:about");
  }

  @Test
  void aWholeRowIsTheRowItself() {
    assertThat(FieldClientIds.of("form", "skills[3]")).isEqualTo("form:skills:3");
  }
}
